//! The administration app (`/administration/…`): places, agendas and recurring slots, slots,
//! SMS templates and numbers, transfers, agents, services, reinsertion resources, the audit
//! log, the runs of the periodic jobs, the broadcast alerts, the integrator API tokens, the
//! merge of probationers and the APPI import.

use super::layout::{Elsewhere, Layout};
use crate::pages::agents::{AgentDetail, AgentList, InviteAgent};
use crate::pages::alerts::AlertList;
use crate::pages::api_tokens::{ApiTokenList, NewApiToken};
use crate::pages::audit::AuditJournal;
use crate::pages::convict_operations::{AppiImport, MergeConvicts};
use crate::pages::job_runs::JobRunList;
use crate::pages::places::{
    EditPlacePage, MovePlacePage, NewPlacePage, PlaceList, RecurringSlotsPage,
};
use crate::pages::reinsertion::ResourceList;
use crate::pages::services::{ServiceDetail, ServiceList};
use crate::pages::slots::{NewSlots, SlotList};
use crate::pages::sms::{FailingNumbers, Outbox, SmsTemplates};
use crate::pages::transfers::TransfersInbox;
use leptos::prelude::*;
use leptos_router::components::{Route, Routes};
use leptos_router::path;

/// Root component of `msj-admin`.
#[component]
pub fn AdminApp() -> impl IntoView {
    view! {
        <Layout>
            <Routes fallback=|| view! { <Elsewhere admin=true /> }>
                <Route path=path!("/administration/dessaisissements") view=TransfersInbox />
                <Route path=path!("/administration/creneaux") view=SlotList />
                <Route path=path!("/administration/creneaux/nouveaux") view=NewSlots />
                <Route path=path!("/administration/modeles-sms") view=SmsTemplates />
                <Route path=path!("/administration/sms-envoyes") view=Outbox />
                <Route path=path!("/administration/numeros-en-echec") view=FailingNumbers />
                <Route path=path!("/administration/agents") view=AgentList />
                <Route path=path!("/administration/agents/inviter") view=InviteAgent />
                <Route path=path!("/administration/agents/:id") view=AgentDetail />
                <Route path=path!("/administration/services") view=ServiceList />
                <Route path=path!("/administration/services/:id") view=ServiceDetail />
                <Route path=path!("/administration/journal") view=AuditJournal />
                <Route path=path!("/administration/taches-planifiees") view=JobRunList />
                <Route path=path!("/administration/alertes") view=AlertList />
                <Route path=path!("/administration/fusion-probationnaires") view=MergeConvicts />
                <Route path=path!("/administration/import-appi") view=AppiImport />
                <Route path=path!("/administration/ressources-reinsertion") view=ResourceList />
                <Route path=path!("/administration/jetons-api") view=ApiTokenList />
                <Route path=path!("/administration/jetons-api/nouveau") view=NewApiToken />
                <Route path=path!("/administration/lieux") view=PlaceList />
                <Route path=path!("/administration/lieux/nouveau") view=NewPlacePage />
                <Route path=path!("/administration/lieux/:id") view=EditPlacePage />
                <Route path=path!("/administration/lieux/:id/demenager") view=MovePlacePage />
                <Route path=path!("/administration/lieux/:id/creneaux-recurrents/:agenda") view=RecurringSlotsPage />
            </Routes>
        </Layout>
    }
}
