//! The application: session, router, and the DSFR shell around the pages.

use crate::api;
use crate::components::FocusPolicy;
use crate::pages::appointments::{
    AppointmentDetail, AppointmentList, NewAppointmentPage, RescheduleAppointmentPage,
};
use crate::pages::convicts::{ConvictList, ConvictProfile, EditConvict, NewConvict};
use crate::pages::places::{EditPlacePage, NewPlacePage, PlaceList, RecurringSlotsPage};
use crate::pages::{
    Charter, ForgotPassword, Home, Invitation, MyProfile, NotFound, ResetPassword, SignIn,
};
use crate::session::{IdleWatcher, Session};
use crate::shell::{Footer, Header, SkipLink};
use leptos::html::Main;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

/// Root component.
#[component]
pub fn App() -> impl IntoView {
    let session = Session::provide();
    FocusPolicy::provide();
    spawn_local(api::restore(session));
    let main = NodeRef::<Main>::new();
    view! {
        <Router>
            <IdleWatcher />
            <SkipLink main />
            <Header />
            <main node_ref=main role="main" id="contenu" tabindex="-1" class="fr-container fr-py-6w">
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=Home />
                    <Route path=path!("/connexion") view=SignIn />
                    <Route path=path!("/invitation/:token") view=Invitation />
                    <Route path=path!("/mot-de-passe-oublie") view=ForgotPassword />
                    <Route path=path!("/mot-de-passe/:token") view=ResetPassword />
                    <Route path=path!("/charte") view=Charter />
                    <Route path=path!("/profil") view=MyProfile />
                    <Route path=path!("/probationnaires") view=ConvictList />
                    <Route path=path!("/probationnaires/nouveau") view=NewConvict />
                    <Route path=path!("/probationnaires/:id") view=ConvictProfile />
                    <Route path=path!("/probationnaires/:id/modifier") view=EditConvict />
                    <Route path=path!("/convocations") view=AppointmentList />
                    <Route path=path!("/convocations/nouvelle") view=NewAppointmentPage />
                    <Route path=path!("/convocations/:id") view=AppointmentDetail />
                    <Route path=path!("/convocations/:id/replanifier") view=RescheduleAppointmentPage />
                    <Route path=path!("/administration/lieux") view=PlaceList />
                    <Route path=path!("/administration/lieux/nouveau") view=NewPlacePage />
                    <Route path=path!("/administration/lieux/:id") view=EditPlacePage />
                    <Route path=path!("/administration/lieux/:id/creneaux-recurrents/:agenda") view=RecurringSlotsPage />
                </Routes>
            </main>
            <Footer />
        </Router>
    }
}
