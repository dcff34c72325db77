//! The part of a list an actor may see.

/// Which organisations' rows a list may contain. msj-db turns it into SQL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope<Id> {
    /// Every row in the country.
    Nationwide,
    /// The rows of these organisations (e.g. a jurisdiction: a service and its linked ones).
    Organizations(Vec<Id>),
    /// The rows of the actor's own organisation.
    OwnOrganization,
    /// No row at all.
    Nothing,
}

impl<Id: Copy + Eq> Scope<Id> {
    /// Whether a row of `organization_id` is in the scope of an actor whose own organisation
    /// is `own_organization_id`.
    pub fn includes(&self, organization_id: Id, own_organization_id: Id) -> bool {
        match self {
            Self::Nationwide => true,
            Self::Organizations(ids) => ids.contains(&organization_id),
            Self::OwnOrganization => organization_id == own_organization_id,
            Self::Nothing => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn includes_per_variant() {
        assert!(Scope::Nationwide.includes(7, 1));
        assert!(Scope::Organizations(vec![2, 7]).includes(7, 1));
        assert!(!Scope::Organizations(vec![2, 7]).includes(1, 1));
        assert!(Scope::OwnOrganization.includes(1, 1));
        assert!(!Scope::OwnOrganization.includes(7, 1));
        assert!(!Scope::<u32>::Nothing.includes(1, 1));
    }
}
