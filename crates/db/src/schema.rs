//! Diesel table definitions, matching `migrations/`.
#![allow(missing_docs)]

diesel::table! {
    headquarters (id) {
        id -> Uuid,
        name -> Text,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    organizations (id) {
        id -> Uuid,
        name -> Text,
        kind -> Text,
        territory -> Text,
        time_zone -> Text,
        structural_email -> Nullable<Text>,
        headquarter_id -> Nullable<Uuid>,
        use_inter_ressort -> Bool,
        is_japat_court -> Bool,
        quiet_hours_start -> Time,
        quiet_hours_end -> Time,
        sms_sender -> Text,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    organization_links (spip_id, tj_id) {
        spip_id -> Uuid,
        tj_id -> Uuid,
    }
}

diesel::table! {
    places (id) {
        id -> Uuid,
        organization_id -> Uuid,
        name -> Text,
        address -> Text,
        phone -> Nullable<Text>,
        email -> Nullable<Text>,
        main_contact_method -> Text,
        information_url -> Nullable<Text>,
        code -> Text,
        valid_from -> Nullable<Date>,
        valid_until -> Nullable<Date>,
        archived_at -> Nullable<Timestamptz>,
        created_at -> Timestamptz,
        access_info -> Nullable<Text>,
        opening_hours -> Nullable<Text>,
        what_to_bring -> Nullable<Text>,
    }
}

diesel::table! {
    agendas (id) {
        id -> Uuid,
        place_id -> Uuid,
        name -> Text,
        archived_at -> Nullable<Timestamptz>,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    appointment_types (id) {
        id -> Uuid,
        key -> Text,
        name -> Text,
        slot_system -> Bool,
        allowed_on_weekends -> Bool,
        spip_assignable -> Bool,
        position -> Int4,
    }
}

diesel::table! {
    place_appointment_types (place_id, appointment_type_id) {
        place_id -> Uuid,
        appointment_type_id -> Uuid,
    }
}

diesel::table! {
    users (id) {
        id -> Uuid,
        organization_id -> Uuid,
        email -> Text,
        first_name -> Text,
        last_name -> Text,
        role -> Text,
        phone -> Nullable<Text>,
        password_hash -> Nullable<Text>,
        failed_attempts -> Int4,
        locked_at -> Nullable<Timestamptz>,
        charter_version -> Nullable<Int4>,
        charter_accepted_at -> Nullable<Timestamptz>,
        invited_by -> Nullable<Uuid>,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        api_client -> Bool,
        deactivated_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    impersonations (id) {
        id -> Uuid,
        admin_id -> Uuid,
        agent_id -> Uuid,
        session_id -> Nullable<Uuid>,
        started_at -> Timestamptz,
        ended_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    user_tokens (id) {
        id -> Uuid,
        user_id -> Uuid,
        purpose -> Text,
        token_hash -> Bytea,
        created_at -> Timestamptz,
        expires_at -> Timestamptz,
        used_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    refresh_tokens (id) {
        id -> Uuid,
        user_id -> Uuid,
        family_id -> Uuid,
        token_hash -> Bytea,
        created_at -> Timestamptz,
        replaced_at -> Nullable<Timestamptz>,
        revoked_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    emails (id) {
        id -> Uuid,
        kind -> Text,
        to_address -> Text,
        subject -> Text,
        text_body -> Text,
        html_body -> Text,
        state -> Text,
        attempts -> Int4,
        next_attempt_at -> Timestamptz,
        leased_until -> Nullable<Timestamptz>,
        last_error -> Nullable<Text>,
        created_at -> Timestamptz,
        sent_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    srj_structures (id) {
        id -> Uuid,
        kind -> Text,
        name -> Text,
        organization_id -> Nullable<Uuid>,
    }
}

diesel::table! {
    cities (id) {
        id -> Uuid,
        name -> Text,
        zipcode -> Text,
        insee_code -> Text,
        srj_id -> Nullable<Text>,
        srj_tj_id -> Nullable<Uuid>,
        srj_spip_id -> Nullable<Uuid>,
    }
}

diesel::table! {
    convicts (id) {
        id -> Uuid,
        first_name -> Text,
        last_name -> Text,
        date_of_birth -> Date,
        phone -> Nullable<Text>,
        no_phone -> Bool,
        refused_phone -> Bool,
        appi_number -> Nullable<Text>,
        city_id -> Nullable<Uuid>,
        homeless -> Bool,
        lives_abroad -> Bool,
        japat -> Bool,
        referent_id -> Nullable<Uuid>,
        creating_organization_id -> Nullable<Uuid>,
        created_by -> Nullable<Uuid>,
        opt_out_token -> Text,
        archived_at -> Nullable<Timestamptz>,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        /// `msj_search_key(last_name || ' ' || first_name)`, generated.
        full_name_key -> Text,
        /// `msj_search_key(first_name || ' ' || last_name)`, generated.
        reversed_name_key -> Text,
    }
}

diesel::table! {
    convict_organizations (convict_id, organization_id) {
        convict_id -> Uuid,
        organization_id -> Uuid,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    appointments (id) {
        id -> Uuid,
        convict_id -> Uuid,
        appointment_type_id -> Uuid,
        place_id -> Uuid,
        agenda_id -> Uuid,
        starts_at -> Timestamptz,
        duration_min -> Int4,
        slot_id -> Nullable<Uuid>,
        state -> Text,
        assigned_agent_id -> Nullable<Uuid>,
        creating_organization_id -> Uuid,
        created_by -> Nullable<Uuid>,
        prosecutor_number -> Nullable<Text>,
        rescheduled_from_id -> Nullable<Uuid>,
        excuse_reason -> Nullable<Text>,
        excuse_comment -> Nullable<Text>,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    notifications (id) {
        id -> Uuid,
        appointment_id -> Uuid,
        kind -> Text,
        state -> Text,
        due_at -> Timestamptz,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        attempts -> Int4,
        lease_until -> Nullable<Timestamptz>,
        content -> Nullable<Text>,
        external_id -> Nullable<Text>,
        response_code -> Nullable<Text>,
        target_phone -> Nullable<Text>,
        unsent_reason -> Nullable<Text>,
        sent_at -> Nullable<Timestamptz>,
        receipt_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    sms_outbox (client_reference) {
        client_reference -> Uuid,
        destination -> Text,
        sender -> Text,
        message -> Text,
        accepted_at -> Timestamptz,
    }
}

diesel::table! {
    history_items (id) {
        id -> Uuid,
        convict_id -> Uuid,
        appointment_id -> Nullable<Uuid>,
        category -> Text,
        event -> Text,
        content -> Text,
        actor_id -> Nullable<Uuid>,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    notification_templates (appointment_type_id, kind) {
        appointment_type_id -> Uuid,
        organization_id -> Nullable<Uuid>,
        kind -> Text,
        template -> Nullable<Text>,
        reminder_days -> Nullable<Int2>,
        updated_at -> Timestamptz,
        updated_by -> Nullable<Uuid>,
    }
}

diesel::table! {
    audit_events (id) {
        id -> Uuid,
        occurred_at -> Timestamptz,
        actor_id -> Nullable<Uuid>,
        real_actor_id -> Nullable<Uuid>,
        organization_id -> Nullable<Uuid>,
        ip -> Nullable<Text>,
        action -> Text,
        object_type -> Text,
        object_id -> Nullable<Uuid>,
    }
}

diesel::table! {
    slot_templates (id) {
        id -> Uuid,
        agenda_id -> Uuid,
        appointment_type_id -> Uuid,
        week_day -> Int2,
        local_time -> Time,
        duration_min -> Int4,
        capacity -> Int4,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    slots (id) {
        id -> Uuid,
        agenda_id -> Uuid,
        appointment_type_id -> Uuid,
        slot_template_id -> Nullable<Uuid>,
        local_date -> Date,
        local_time -> Time,
        starts_at -> Timestamptz,
        duration_min -> Int4,
        capacity -> Int4,
        used_capacity -> Int4,
        open -> Bool,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    job_runs (job, period) {
        job -> Text,
        period -> Text,
        started_at -> Timestamptz,
        finished_at -> Nullable<Timestamptz>,
        report -> Nullable<Jsonb>,
    }
}

diesel::table! {
    extra_fields (id) {
        id -> Uuid,
        organization_id -> Uuid,
        name -> Text,
        data_type -> Text,
        scope -> Text,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    extra_field_types (extra_field_id, appointment_type_id) {
        extra_field_id -> Uuid,
        appointment_type_id -> Uuid,
    }
}

diesel::table! {
    appointment_extra_fields (appointment_id, extra_field_id) {
        appointment_id -> Uuid,
        extra_field_id -> Uuid,
        value -> Text,
        updated_at -> Timestamptz,
        updated_by -> Nullable<Uuid>,
    }
}

diesel::table! {
    divestments (id) {
        id -> Uuid,
        convict_id -> Uuid,
        organization_id -> Uuid,
        user_id -> Nullable<Uuid>,
        state -> Text,
        previous_city_id -> Nullable<Uuid>,
        decided_at -> Nullable<Timestamptz>,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    organization_divestments (id) {
        id -> Uuid,
        divestment_id -> Uuid,
        organization_id -> Uuid,
        state -> Text,
        comment -> Nullable<Text>,
        answered_by -> Nullable<Uuid>,
        decided_at -> Nullable<Timestamptz>,
        last_reminder_at -> Nullable<Timestamptz>,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    portal_accounts (convict_id) {
        convict_id -> Uuid,
        invitations -> Int4,
        last_invited_at -> Nullable<Timestamptz>,
        activated_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    portal_codes (id) {
        id -> Uuid,
        phone_digest -> Bytea,
        convict_id -> Nullable<Uuid>,
        code_digest -> Bytea,
        attempts -> Int4,
        consumed_at -> Nullable<Timestamptz>,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    portal_refresh_tokens (id) {
        id -> Uuid,
        convict_id -> Uuid,
        family_id -> Uuid,
        token_hash -> Bytea,
        created_at -> Timestamptz,
        expires_at -> Timestamptz,
        replaced_at -> Nullable<Timestamptz>,
        revoked_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    portal_sms (id) {
        id -> Uuid,
        convict_id -> Uuid,
        kind -> Text,
        destination -> Text,
        sender -> Text,
        content -> Nullable<Text>,
        state -> Text,
        attempts -> Int4,
        lease_until -> Nullable<Timestamptz>,
        external_id -> Nullable<Text>,
        response_code -> Nullable<Text>,
        created_at -> Timestamptz,
        sent_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    contact_sharing (user_id) {
        user_id -> Uuid,
        share_phone -> Bool,
        share_email -> Bool,
        updated_at -> Timestamptz,
    }
}

diesel::joinable!(convict_organizations -> convicts (convict_id));
diesel::joinable!(portal_accounts -> convicts (convict_id));
diesel::joinable!(portal_refresh_tokens -> convicts (convict_id));
diesel::joinable!(contact_sharing -> users (user_id));
diesel::joinable!(convict_organizations -> organizations (organization_id));
diesel::joinable!(organizations -> headquarters (headquarter_id));
diesel::joinable!(srj_structures -> organizations (organization_id));
diesel::joinable!(places -> organizations (organization_id));
diesel::joinable!(agendas -> places (place_id));
diesel::joinable!(place_appointment_types -> places (place_id));
diesel::joinable!(place_appointment_types -> appointment_types (appointment_type_id));
diesel::joinable!(users -> organizations (organization_id));
diesel::joinable!(user_tokens -> users (user_id));
diesel::joinable!(refresh_tokens -> users (user_id));
diesel::joinable!(appointments -> convicts (convict_id));
diesel::joinable!(appointments -> appointment_types (appointment_type_id));
diesel::joinable!(appointments -> places (place_id));
diesel::joinable!(appointments -> agendas (agenda_id));
diesel::joinable!(notifications -> appointments (appointment_id));
diesel::joinable!(history_items -> convicts (convict_id));
diesel::joinable!(notification_templates -> appointment_types (appointment_type_id));
diesel::joinable!(history_items -> users (actor_id));
diesel::joinable!(slot_templates -> agendas (agenda_id));
diesel::joinable!(slot_templates -> appointment_types (appointment_type_id));
diesel::joinable!(slots -> agendas (agenda_id));
diesel::joinable!(slots -> appointment_types (appointment_type_id));
diesel::joinable!(slots -> slot_templates (slot_template_id));
diesel::joinable!(appointments -> slots (slot_id));
diesel::joinable!(extra_fields -> organizations (organization_id));
diesel::joinable!(divestments -> convicts (convict_id));
diesel::joinable!(organization_divestments -> divestments (divestment_id));
diesel::joinable!(extra_field_types -> extra_fields (extra_field_id));
diesel::joinable!(extra_field_types -> appointment_types (appointment_type_id));
diesel::joinable!(appointment_extra_fields -> appointments (appointment_id));
diesel::joinable!(appointment_extra_fields -> extra_fields (extra_field_id));
diesel::table! {
    reinsertion_resources (id) {
        id -> Uuid,
        organization_id -> Uuid,
        departement -> Text,
        category -> Text,
        title -> Text,
        description -> Text,
        url -> Nullable<Text>,
        phone -> Nullable<Text>,
        address -> Nullable<Text>,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}

diesel::joinable!(reinsertion_resources -> organizations (organization_id));
diesel::joinable!(api_tokens -> users (user_id));

diesel::table! {
    api_tokens (id) {
        id -> Uuid,
        user_id -> Uuid,
        name -> Text,
        prefix -> Text,
        token_hash -> Bytea,
        scopes -> Array<Text>,
        created_by -> Nullable<Uuid>,
        created_at -> Timestamptz,
        expires_at -> Nullable<Timestamptz>,
        last_used_at -> Nullable<Timestamptz>,
        revoked_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    idempotency_keys (caller_id, idempotency_key) {
        caller_id -> Uuid,
        idempotency_key -> Text,
        method -> Text,
        path -> Text,
        fingerprint -> Bytea,
        status -> Nullable<Int2>,
        response_body -> Nullable<Bytea>,
        response_headers -> Jsonb,
        created_at -> Timestamptz,
        expires_at -> Timestamptz,
    }
}

diesel::table! {
    /// Monthly statistics, rebuilt by the `stats.refresh` job (one row per group; no key in
    /// SQL: the rebuild writes each group once).
    stats_monthly (organization_id, month, appointment_type_id, place_id, agent_id) {
        organization_id -> Uuid,
        month -> Date,
        appointment_type_id -> Uuid,
        place_id -> Uuid,
        agent_id -> Nullable<Uuid>,
        convocations -> Int8,
        canceled -> Int8,
        fulfilled -> Int8,
        no_show -> Int8,
        excused -> Int8,
        unknown -> Int8,
        delay_seconds -> Int8,
        legal_total -> Int8,
        legal_within -> Int8,
        sms_sent -> Int8,
        sms_delivered -> Int8,
        sms_failed -> Int8,
        sms_opted_out -> Int8,
    }
}

diesel::table! {
    alerts (id) {
        id -> Uuid,
        title -> Text,
        body -> Text,
        kind -> Text,
        organization_id -> Nullable<Uuid>,
        role -> Nullable<Text>,
        created_by -> Nullable<Uuid>,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    stats_refreshes (id) {
        id -> Bool,
        refreshed_at -> Timestamptz,
    }
}

diesel::table! {
    alert_reads (user_id, alert_id) {
        alert_id -> Uuid,
        user_id -> Uuid,
        read_at -> Timestamptz,
    }
}

diesel::table! {
    place_moves (id) {
        id -> Uuid,
        old_place_id -> Uuid,
        new_place_id -> Uuid,
        move_date -> Date,
        moved_by -> Nullable<Uuid>,
        created_at -> Timestamptz,
        agendas -> Int4,
        slot_templates -> Int4,
        slots -> Int4,
        appointments -> Int4,
    }
}

diesel::allow_tables_to_appear_in_same_query!(
    impersonations,
    headquarters,
    place_moves,
    organizations,
    organization_links,
    places,
    agendas,
    appointment_types,
    place_appointment_types,
    users,
    user_tokens,
    refresh_tokens,
    emails,
    srj_structures,
    cities,
    convicts,
    convict_organizations,
    appointments,
    notifications,
    history_items,
    audit_events,
    notification_templates,
    sms_outbox,
    slot_templates,
    slots,
    job_runs,
    extra_fields,
    extra_field_types,
    appointment_extra_fields,
    divestments,
    organization_divestments,
    portal_accounts,
    portal_codes,
    portal_refresh_tokens,
    portal_sms,
    contact_sharing,
    reinsertion_resources,
    api_tokens,
    idempotency_keys,
    stats_monthly,
    stats_refreshes,
    alerts,
    alert_reads,
);
