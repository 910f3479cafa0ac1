//! Dates and numbers as each interface language writes them, from the Unicode CLDR data that
//! ICU4X compiles in. Dates stay in the Gregorian calendar whatever the locale's default, so
//! that a deadline reads the same day in Bangkok and in Beijing.

use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_locale_core::Locale as IcuLocale;

use super::Locale;

pub(super) struct Formats {
    dates: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    numbers: DecimalFormatter,
}

impl Formats {
    pub(super) fn new(locale: Locale) -> Result<Self, String> {
        let icu: IcuLocale = locale.code().parse().map_err(|e| format!("{e}"))?;
        let dates = FixedCalendarDateTimeFormatter::try_new((&icu).into(), YMD::medium())
            .map_err(|e| format!("no date format: {e}"))?;
        let numbers = DecimalFormatter::try_new((&icu).into(), Default::default())
            .map_err(|e| format!("no number format: {e}"))?;
        Ok(Self { dates, numbers })
    }

    pub(super) fn date(&self, date: jiff::civil::Date) -> String {
        let month = u8::try_from(date.month()).unwrap_or(1);
        let day = u8::try_from(date.day()).unwrap_or(1);
        match Date::try_new_gregorian(i32::from(date.year()), month, day) {
            Ok(gregorian) => self.dates.format(&gregorian).to_string(),
            Err(_) => date.to_string(),
        }
    }

    pub(super) fn number(&self, n: u64) -> String {
        self.numbers.format(&Decimal::from(n)).to_string()
    }
}
