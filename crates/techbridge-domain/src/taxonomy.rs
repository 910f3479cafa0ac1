//! The network's classification of technology: sectors, technology readiness levels,
//! intellectual-property status and the kinds of cooperation sought.
//!
//! Each closed vocabulary has one canonical slug per value (what files and URLs carry) and an
//! English label (the key the interface translates). Parsing is forgiving about case and
//! separators (`Know-How`, `know how`, `know_how`) because files come from many hands.

use std::fmt;

use crate::ParseError;

/// Lower-cases and turns spaces and hyphens into underscores.
fn normalise(raw: &str) -> String {
    raw.trim()
        .chars()
        .map(|c| match c {
            ' ' | '-' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        $name:ident, $what:literal {
            $($variant:ident => $slug:literal, $label:literal $(| $alias:literal)*;)+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($variant,)+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            pub fn slug(self) -> &'static str {
                match self {
                    $($name::$variant => $slug,)+
                }
            }

            /// English label; the interface's translation key is the slug.
            pub fn label(self) -> &'static str {
                match self {
                    $($name::$variant => $label,)+
                }
            }

            pub fn parse(raw: &str) -> Result<Self, ParseError> {
                match normalise(raw).as_str() {
                    $($slug $(| $alias)* => Ok($name::$variant),)+
                    _ => Err(ParseError::new(format!(
                        concat!("\"{}\" is not a known ", $what, " (one of: {})"),
                        raw,
                        Self::ALL.iter().map(|v| v.slug()).collect::<Vec<_>>().join(", ")
                    ))),
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.slug())
            }
        }
    };
}

vocabulary! {
    /// The fields of technology the network works in.
    Sector, "sector" {
        Ai => "ai", "Artificial intelligence" | "artificial_intelligence";
        DigitalEconomy => "digital_economy", "Digital economy and e-commerce";
        SmartCity => "smart_city", "Smart city";
        Agriculture => "agriculture", "Agriculture and crop science";
        Aquaculture => "aquaculture", "Aquaculture and fisheries" | "fisheries";
        Livestock => "livestock", "Livestock and animal health";
        FoodProcessing => "food_processing", "Food processing and food safety";
        Forestry => "forestry", "Forestry, bamboo and biomass";
        TraditionalMedicine => "traditional_medicine", "Traditional medicine";
        Health => "health", "Medical devices and health" | "medical_devices";
        Biotech => "biotech", "Biotechnology" | "biotechnology";
        Pharmaceuticals => "pharmaceuticals", "Pharmaceuticals and vaccines";
        GreenEnergy => "green_energy", "Green and renewable energy" | "renewable_energy";
        EnergyStorage => "energy_storage", "Batteries and energy storage";
        ElectricVehicles => "electric_vehicles", "Electric vehicles and mobility";
        EnvironmentWater => "environment_water", "Environment and water" | "environment";
        Chemicals => "chemicals", "Chemicals and process engineering";
        NewMaterials => "new_materials", "New materials";
        MiningMetallurgy => "mining_metallurgy", "Mining and metallurgy";
        Textiles => "textiles", "Textiles and apparel";
        Construction => "construction", "Construction and building materials";
        ManufacturingRobotics => "manufacturing_robotics", "Advanced manufacturing and robotics";
        Semiconductors => "semiconductors", "Semiconductors and electronics";
        TelecomIot => "telecom_iot", "5G, telecommunications and IoT" | "5g_iot" | "iot";
        Quantum => "quantum", "Quantum technology";
        Cybersecurity => "cybersecurity", "Cybersecurity";
        Fintech => "fintech", "Financial technology";
        Edtech => "edtech", "Education technology";
        Logistics => "logistics", "Logistics and transport";
        DisasterRiskReduction => "disaster_risk_reduction", "Disaster risk reduction";
        Marine => "marine", "Marine and ocean technology";
        SpaceGeospatial => "space_geospatial", "Space, remote sensing and geospatial";
    }
}

vocabulary! {
    /// How the technology is protected.
    IpStatus, "IP status" {
        GrantedPatent => "granted_patent", "Granted patent" | "patent_granted" | "patent";
        PendingPatent => "pending_patent", "Patent pending" | "patent_pending";
        UtilityModel => "utility_model", "Utility model";
        KnowHow => "know_how", "Know-how" | "knowhow" | "trade_secret";
        CopyrightSoftware => "copyright_software", "Copyright or software" | "copyright" | "software";
        None => "none", "No protection";
    }
}

vocabulary! {
    /// The kinds of cooperation a listing seeks.
    Cooperation, "cooperation type" {
        Licence => "licence", "Licence" | "license" | "licensing";
        JointDevelopment => "joint_development", "Joint development";
        TechnicalCooperation => "technical_cooperation", "Technical cooperation";
        Manufacturing => "manufacturing", "Manufacturing";
        JointVenture => "joint_venture", "Joint venture";
        Investment => "investment", "Investment";
        Sale => "sale", "Sale";
        Other => "other", "Other";
    }
}

vocabulary! {
    /// What kind of member an organization is.
    OrganizationType, "organization type" {
        University => "university", "University";
        Institute => "institute", "Research institute";
        Enterprise => "enterprise", "Enterprise";
        Agency => "agency", "Government or intermediary agency";
        TechPark => "tech_park", "Technology park";
        Other => "other", "Other";
    }
}

/// Technology readiness level, 1 (basic principles observed) to 9 (proven in operation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Trl(u8);

impl Trl {
    pub fn new(level: i64) -> Result<Self, ParseError> {
        u8::try_from(level)
            .ok()
            .filter(|l| (1..=9).contains(l))
            .map(Self)
            .ok_or_else(|| {
                ParseError::new(format!(
                    "{level} is not a technology readiness level from 1 to 9"
                ))
            })
    }

    pub fn level(self) -> u8 {
        self.0
    }

    /// What the level means, in the words forms show next to the choice.
    pub fn meaning(self) -> &'static str {
        match self.0 {
            1 => "Basic principles observed",
            2 => "Technology concept formulated",
            3 => "Experimental proof of concept",
            4 => "Technology validated in the laboratory",
            5 => "Technology validated in a relevant environment",
            6 => "Technology demonstrated in a relevant environment",
            7 => "System prototype demonstrated in an operational environment",
            8 => "System complete and qualified",
            _ => "Actual system proven in operation",
        }
    }
}

impl fmt::Display for Trl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn taxonomy_has_the_networks_breadth() {
        assert!((25..=40).contains(&Sector::ALL.len()));
        for s in Sector::ALL {
            assert_eq!(Sector::parse(s.slug()).unwrap(), *s);
        }
    }

    #[test]
    fn parsing_forgives_case_and_separators_only() {
        assert_eq!(IpStatus::parse("Know-How").unwrap(), IpStatus::KnowHow);
        assert_eq!(
            IpStatus::parse("patent pending").unwrap(),
            IpStatus::PendingPatent
        );
        assert_eq!(Cooperation::parse("license").unwrap(), Cooperation::Licence);
        let err = Sector::parse("alchemy").unwrap_err();
        assert!(err.reason().contains("\"alchemy\" is not a known sector"));
        assert!(err.reason().contains("aquaculture"));
    }

    #[test]
    fn trl_is_one_to_nine() {
        assert!(Trl::new(0).is_err());
        assert!(Trl::new(10).is_err());
        assert!(Trl::new(-3).is_err());
        assert_eq!(Trl::new(9).unwrap().level(), 9);
    }
}
