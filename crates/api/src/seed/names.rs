//! Names of the demo probationers, as people write them (the seed stores them normalised),
//! and the deterministic draws that combine them.

/// First names, some accented or compound.
pub const FIRST_NAMES: &[&str] = &[
    "Élodie",
    "Jérôme",
    "Noël",
    "Bénédicte",
    "Karim",
    "Sophie",
    "Jean-Luc",
    "Aïcha",
    "Thomas",
    "Léa",
    "Mamadou",
    "Inès",
    "Hugo",
    "Hélène",
    "François",
    "Gaëlle",
    "Stéphane",
    "Anaïs",
    "Frédéric",
    "Chloé",
    "Loïc",
    "Mélanie",
    "Raphaël",
    "Zoé",
    "Cédric",
    "Maëlys",
    "Joël",
    "Séverine",
    "Aurélien",
    "Valérie",
    "Clément",
    "Agnès",
    "Yannick",
    "Nadia",
    "Kévin",
    "Marie-Noëlle",
    "Mehdi",
    "Fatoumata",
    "Julien",
    "Sandrine",
    "Rémi",
    "Laetitia",
    "Grégory",
    "Océane",
    "Dylan",
    "Ludivine",
    "Sébastien",
    "Nathalie",
    "Yasmine",
    "Ahmed",
    "Émilie",
    "Bruno",
    "Christelle",
    "Teddy",
    "Marie-Josée",
    "Jordan",
];

/// Last names, some accented, compound or with a particle.
pub const LAST_NAMES: &[&str] = &[
    "Lefèvre",
    "Martin",
    "Bernard",
    "Dubois",
    "Dupré",
    "Lemaître",
    "Gérard",
    "Rivière",
    "Ménard",
    "Hébert",
    "Lévêque",
    "Müller",
    "Schmitt",
    "Payet",
    "Hoarau",
    "Grondin",
    "Fontaine",
    "Petit",
    "Durand",
    "Moreau",
    "Laurent",
    "Michel",
    "Garcia",
    "Roux",
    "Fournier",
    "Girard",
    "Bonnet",
    "Mercier",
    "Faure",
    "Rousseau",
    "Guérin",
    "Perrin",
    "Morin",
    "Gauthier",
    "Chevalier",
    "Diallo",
    "Traoré",
    "Benali",
    "Nguyen",
    "Da Silva",
    "Le Gall",
    "N'Diaye",
    "Boyer",
    "Barbier",
    "Brunet",
    "Leclerc",
    "Mégret",
    "Bénard",
    "Thérond",
    "Colin",
    "Vidal",
    "Caron",
    "Bréhier",
    "Saint-Jean",
    "Lebœuf",
    "Pélissier",
];

/// Deterministic pseudo-random numbers: a 64-bit linear congruential generator (Knuth's
/// MMIX constants) whose seed is first mixed (SplitMix64), so that neighbouring seeds give
/// unrelated sequences.
#[derive(Debug, Clone)]
pub struct Lcg(u64);

impl Lcg {
    /// A generator for `seed`.
    pub fn new(seed: u64) -> Self {
        let mut z = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        Self(z ^ (z >> 31))
    }

    /// A number in `0..n` (`0` when `n` is `0`).
    pub fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let high = usize::try_from(self.0 >> 33).unwrap_or(0);
        high.checked_rem(n).unwrap_or(0)
    }

    /// `true` with `percent` chances out of 100.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    /// One item of `items`, `None` when it is empty.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        items.get(self.below(items.len()))
    }
}
