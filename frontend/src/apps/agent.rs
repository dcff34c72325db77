//! The agents' everyday app: home, probationers, appointments, the sortie d'audience month
//! views, the statistics, sign-in and account pages.

use super::layout::{Elsewhere, Layout};
use crate::pages::appointments::{
    AppointmentDetail, AppointmentList, NewAppointmentPage, RescheduleAppointmentPage,
};
use crate::pages::convicts::{ConvictList, ConvictProfile, EditConvict, NewConvict};
use crate::pages::month_view::MonthViewPage;
use crate::pages::stats::StatisticsPage;
use crate::pages::{Charter, ForgotPassword, Home, Invitation, MyProfile, ResetPassword, SignIn};
use crate::shell::BroadcastAlerts;
use leptos::prelude::*;
use leptos_router::components::{Route, Routes};
use leptos_router::path;

/// Root component of `msj-agent`.
#[component]
pub fn AgentApp() -> impl IntoView {
    view! {
        <Layout>
            <BroadcastAlerts />
            <Routes fallback=|| view! { <Elsewhere admin=false /> }>
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
                <Route path=path!("/sorties-audience/:kind") view=MonthViewPage />
                <Route path=path!("/statistiques") view=StatisticsPage />
            </Routes>
        </Layout>
    }
}
