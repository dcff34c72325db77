-- Bench data for `just bench`: 250 000 probationers and 3 000 000 appointments, generated in
-- SQL on top of `msj seed --demo` (its services, places, agendas and agents). Deterministic:
-- every value derives from the row number. Run with `psql -v ON_ERROR_STOP=1 -f`.
-- terms.sql draws its searches from these probationers.
\set convicts 250000
\set per_convict 12

SET client_min_messages = warning;
-- The generated rows are consistent by construction: skip the per-row foreign-key triggers
-- (superuser only), which would otherwise double the time of the appointments.
SET session_replication_role = replica;
SET maintenance_work_mem = '512MB';
SET work_mem = '256MB';

-- Names as the agents type them (accents, hyphens, apostrophes). Every name is equally
-- frequent: ~1 250 probationers per last name, ~2 000 per first name, i.e. as frequent as the
-- most common French names, which is the pessimistic case for prefix searches.
CREATE TEMPORARY TABLE bench_last_names (n serial PRIMARY KEY, name text NOT NULL);
INSERT INTO bench_last_names (name) SELECT unnest(ARRAY[
  'MARTIN', 'BERNARD', 'THOMAS', 'PETIT', 'ROBERT', 'RICHARD', 'DURAND', 'DUBOIS', 'MOREAU',
  'LAURENT', 'SIMON', 'MICHEL', 'LEFÈVRE', 'LEROY', 'ROUX', 'DAVID', 'BERTRAND', 'MOREL',
  'FOURNIER', 'GIRARD', 'BONNET', 'DUPONT', 'LAMBERT', 'FONTAINE', 'ROUSSEAU', 'VINCENT',
  'MULLER', 'LEFEBVRE', 'FAURE', 'ANDRÉ', 'MERCIER', 'BLANC', 'GUÉRIN', 'BOYER', 'GARNIER',
  'CHEVALIER', 'FRANÇOIS', 'LEGRAND', 'GAUTHIER', 'GARCIA', 'PERRIN', 'ROBIN', 'CLÉMENT',
  'MORIN', 'NICOLAS', 'HENRY', 'ROUSSEL', 'MATHIEU', 'GAUTIER', 'MASSON', 'MARCHAND', 'DUVAL',
  'DENIS', 'DUMONT', 'MARIE', 'LEMAIRE', 'NOËL', 'MEYER', 'DUFOUR', 'MEUNIER', 'BRUN',
  'BLANCHARD', 'GIRAUD', 'JOLY', 'RIVIÈRE', 'LUCAS', 'BRUNET', 'GAILLARD', 'BARBIER', 'ARNAUD',
  'MARTINEZ', 'GÉRARD', 'ROCHE', 'RENARD', 'SCHMITT', 'ROY', 'LEROUX', 'COLIN', 'VIDAL',
  'CARON', 'PICARD', 'ROGER', 'FABRE', 'AUBERT', 'LEMOINE', 'RENAUD', 'DUMAS', 'LACROIX',
  'OLIVIER', 'PHILIPPE', 'BOURGEOIS', 'PIERRE', 'BENOÎT', 'REY', 'LECLERC', 'PAYET', 'ROLLAND',
  'LECLERCQ', 'GUILLAUME', 'LECOMTE', 'LOPEZ', 'JEAN', 'DUPUY', 'GUILLOT', 'HUBERT', 'BERGER',
  'CARPENTIER', 'SANCHEZ', 'DUPUIS', 'MOULIN', 'LOUIS', 'DESCHAMPS', 'HUET', 'VASSEUR', 'PEREZ',
  'BOUCHER', 'FLEURY', 'ROYER', 'KLEIN', 'JACQUET', 'ADAM', 'PARIS', 'POIRIER', 'MARTY',
  'AUBRY', 'GUYOT', 'CARRÉ', 'CHARLES', 'RENAULT', 'CHARPENTIER', 'MÉNARD', 'MAILLARD',
  'BARON', 'BERTIN', 'BAILLY', 'HERVÉ', 'SCHNEIDER', 'FERNANDEZ', 'LE GALL', 'COLLET', 'LÉGER',
  'BOUVIER', 'JULIEN', 'PRÉVOST', 'MILLET', 'PERROT', 'DANIEL', 'LE ROUX', 'COUSIN', 'GERMAIN',
  'BRETON', 'BESSON', 'LANGLOIS', 'RÉMY', 'LE GOFF', 'PELLETIER', 'LÉVÊQUE', 'PERRIER',
  'LEBLANC', 'BARRÉ', 'LEBRUN', 'MARCHAL', 'WEBER', 'MALLET', 'HAMON', 'BOULANGER', 'JACOB',
  'MONNIER', 'MICHAUD', 'RODRIGUEZ', 'GUICHARD', 'GILLET', 'ÉTIENNE', 'GRONDIN', 'POULAIN',
  'TESSIER', 'CHEVALLIER', 'COLLIN', 'CHAUVIN', 'DA SILVA', 'BOUCHET', 'GAY', 'LEMAÎTRE',
  'BENARD', 'MARÉCHAL', 'HUMBERT', 'REYNAUD', 'ANTOINE', 'HOARAU', 'PERRET', 'BARTHÉLEMY',
  'CORDIER', 'PICHON', 'LEJEUNE', 'GILBERT', 'LAMY', 'DELAUNAY', 'PASQUIER', 'CARLIER',
  'LAPORTE', 'DUPRÉ', 'BENALI', 'NGUYEN', 'DIALLO', 'TRAORÉ', 'DIOP', 'N''GUESSAN',
  'D''ALMEIDA', 'SAINT-JUST', 'BEN SAÏD', 'HADDAD', 'MANSOURI', 'KOUASSI', 'FONTENEAU',
  'ÉLISABETH', 'CÉLESTE', 'LE BRIS', 'DE LA FONTAINE', 'ÖZTÜRK', 'YILMAZ', 'CHÉRIF', 'BOUAZIZ',
  'ZERBIB', 'AÏT-ALI', 'MÜLLER', 'JÉRÔME', 'HÉBERT', 'DESPRÉS', 'LEFÈBVRE-DUPRÉ', 'MOÏSE',
  'FÉLIX', 'ÉMERY', 'LOISEAU', 'SÉGUIN', 'BÉRANGER', 'CŒUR', 'CHÂTELAIN', 'GRÉGOIRE'
]);

CREATE TEMPORARY TABLE bench_first_names (n serial PRIMARY KEY, name text NOT NULL);
INSERT INTO bench_first_names (name) SELECT unnest(ARRAY[
  'Élodie', 'Karim', 'Sophie', 'Jean-Éric', 'Aïcha', 'Thomas', 'Léa', 'Mamadou', 'Inès',
  'Hugo', 'Jean', 'Marie', 'Pierre', 'Nathalie', 'Michel', 'Isabelle', 'Philippe', 'Sylvie',
  'Alain', 'Catherine', 'Nicolas', 'Françoise', 'Christophe', 'Valérie', 'Stéphane',
  'Sandrine', 'David', 'Céline', 'Julien', 'Aurélie', 'Sébastien', 'Émilie', 'Frédéric',
  'Stéphanie', 'Laurent', 'Virginie', 'Olivier', 'Julie', 'Éric', 'Camille', 'Jérôme',
  'Chloé', 'Mathieu', 'Manon', 'Antoine', 'Sarah', 'Maxime', 'Laura', 'Alexandre', 'Pauline',
  'Kévin', 'Mélanie', 'Jérémy', 'Audrey', 'Anthony', 'Marine', 'Romain', 'Océane', 'Guillaume',
  'Clémence', 'Benoît', 'Agnès', 'Rémi', 'Noémie', 'Loïc', 'Gaëlle', 'Gaël', 'Maëlle', 'Joël',
  'Héloïse', 'Raphaël', 'Zoé', 'Noël', 'Chantal', 'Hélène', 'Mohamed', 'Fatima', 'Youssef',
  'Amina', 'Mehdi', 'Nadia', 'Samir', 'Leïla', 'Moussa', 'Aminata', 'Ibrahim', 'Awa', 'Omar',
  'Yasmine', 'Bilal', 'Soraya', 'Rayan', 'Myriam', 'Adrien', 'Marion', 'Lucas', 'Margaux',
  'Théo', 'Mathilde', 'Baptiste', 'Lucie', 'Quentin', 'Justine', 'Florian', 'Anaïs',
  'Jean-Pierre', 'Marie-Claire', 'Jean-Baptiste', 'Anne-Sophie', 'Pierre-Yves', 'Marc',
  'Martine', 'Marcel', 'Mariam', 'Daniel', 'Danièle', 'François', 'Josée', 'Grégoire', 'Maëva',
  'Dylan', 'Enzo', 'Jade', 'Louise', 'Gabriel', 'Arthur', 'Ambre', 'Nolan', 'Cédric', 'Ophélie'
]);

-- The services of `msj seed --demo`: each SPIP with its place, agenda, linked TJ, CPIP and
-- the free-time appointment types its place offers.
CREATE TEMPORARY TABLE bench_spips AS
SELECT row_number() OVER (ORDER BY o.name) - 1 AS n,
       o.id AS organization_id,
       o.time_zone,
       p.id AS place_id,
       (SELECT a.id FROM agendas a WHERE a.place_id = p.id AND a.archived_at IS NULL ORDER BY a.name LIMIT 1) AS agenda_id,
       (SELECT l.tj_id FROM organization_links l WHERE l.spip_id = o.id ORDER BY l.tj_id LIMIT 1) AS tj_id,
       (SELECT u.id FROM users u WHERE u.organization_id = o.id AND u.role = 'cpip' ORDER BY u.email LIMIT 1) AS cpip_id,
       (SELECT array_agg(t.id ORDER BY t.position) FROM place_appointment_types pt
          JOIN appointment_types t ON t.id = pt.appointment_type_id
         WHERE pt.place_id = p.id AND NOT t.slot_system) AS free_types
FROM organizations o
JOIN LATERAL (SELECT id FROM places WHERE organization_id = o.id AND archived_at IS NULL ORDER BY name LIMIT 1) p ON true
WHERE o.kind = 'spip';

DO $$
DECLARE spips integer;
BEGIN
  SELECT count(*) INTO spips FROM bench_spips
   WHERE agenda_id IS NOT NULL AND tj_id IS NOT NULL AND cpip_id IS NOT NULL
     AND cardinality(free_types) > 0;
  IF spips = 0 OR spips <> (SELECT count(*) FROM bench_spips) THEN
    RAISE EXCEPTION 'run `msj seed --demo` first: % complete SPIP(s)', spips;
  END IF;
END $$;

SELECT count(*) AS spips, (SELECT count(*) FROM bench_last_names) AS last_names,
       (SELECT count(*) FROM bench_first_names) AS first_names
FROM bench_spips \gset

-- Probationer i: SPIP i mod :spips; ids shaped like UUIDv7 and increasing (as the
-- application's); phones spread over +336 0000 0000 … +336 9999 9999 (an injective
-- permutation of i), the fiction block 06 39 98 of the demo probationers moved to 07 39 98;
-- APPI numbers for 70 %, no phone for 10 %, 3 % archived.
CREATE TEMPORARY TABLE bench_convicts AS
SELECT i,
       ('01900000-0000-7000-8000-' || lpad(to_hex(i), 12, '0'))::uuid AS id,
       (i % :spips) AS spip,
       -- 32-bit multiplicative hash of i, for the pseudo-random choices.
       (i::bigint * 2654435761) % 4294967296 AS h,
       -- Significant digits of the phone after +336.
       (i::bigint * 48271) % 100000000 AS p
FROM generate_series(1, :convicts) AS i;

INSERT INTO convicts (id, first_name, last_name, date_of_birth, phone, no_phone, refused_phone,
                      appi_number, homeless, lives_abroad, japat, referent_id,
                      creating_organization_id, created_by, opt_out_token, archived_at,
                      created_at, updated_at)
SELECT c.id,
       f.name,
       l.name,
       date '1950-01-01' + (c.h % 20000)::integer,
       CASE WHEN c.i % 10 <> 0
            THEN '+33' || CASE WHEN c.p / 10000 = 3998 THEN '7' ELSE '6' END
                 || lpad(c.p::text, 8, '0') END,
       c.i % 10 = 0,
       false,
       CASE WHEN c.i % 10 < 7 THEN '200' || lpad(c.i::text, 9, '0') END,
       c.i % 97 = 0,
       false,
       false,
       CASE WHEN c.i % 2 = 0 THEN s.cpip_id END,
       s.organization_id,
       s.cpip_id,
       'bench-' || c.i,
       CASE WHEN c.i % 33 = 0 THEN now() - interval '30 days' END,
       now() - interval '2 years' + (c.h % 600) * interval '1 day',
       now() - interval '2 years' + (c.h % 600) * interval '1 day'
FROM bench_convicts c
JOIN bench_spips s ON s.n = c.spip
JOIN bench_last_names l ON l.n = 1 + (c.i / :spips) % :last_names
JOIN bench_first_names f ON f.n = 1 + (c.h / 7) % :first_names;

-- Followed by their SPIP and the TJ linked to it.
INSERT INTO convict_organizations (convict_id, organization_id, created_at)
SELECT c.id, o.organization_id, now() - interval '2 years'
FROM bench_convicts c
JOIN bench_spips s ON s.n = c.spip
CROSS JOIN LATERAL (VALUES (s.organization_id), (s.tj_id)) AS o (organization_id);

-- :per_convict appointments per probationer at their SPIP's place, on weekdays over the 52
-- weeks before and after this week, 08:30-17:15 local time; past ones mostly fulfilled, future
-- ones mostly booked.
INSERT INTO appointments (id, convict_id, appointment_type_id, place_id, agenda_id, starts_at,
                          duration_min, state, assigned_agent_id, creating_organization_id,
                          created_by, excuse_reason, created_at, updated_at)
SELECT ('01910000-0000-7000-8000-' || lpad(to_hex(a.n), 12, '0'))::uuid,
       a.convict_id,
       s.free_types[1 + (a.h / 7) % cardinality(s.free_types)],
       s.place_id,
       s.agenda_id,
       t.starts_at,
       CASE WHEN a.h % 3 = 0 THEN 45 ELSE 30 END,
       t.state,
       CASE WHEN a.i % 2 = 0 THEN s.cpip_id END,
       s.organization_id,
       s.cpip_id,
       CASE WHEN t.state = 'excused' THEN (ARRAY['medical', 'work', 'family'])[1 + a.h % 3] END,
       t.starts_at - interval '21 days',
       t.starts_at - interval '21 days'
FROM bench_convicts c
JOIN bench_spips s ON s.n = c.spip
CROSS JOIN generate_series(1, :per_convict) AS k
CROSS JOIN LATERAL (
  SELECT c.i, c.id AS convict_id, (c.i::bigint - 1) * :per_convict + k AS n,
         (((c.i::bigint - 1) * :per_convict + k) * 2654435761) % 4294967296 AS h
) AS a
CROSS JOIN LATERAL (
  SELECT (date_trunc('week', current_date)::date - 364
          + ((a.h % 520) / 5 * 7 + (a.h % 520) % 5)::integer
          + time '08:30' + ((a.h / 520) % 36) * interval '15 minutes') AT TIME ZONE s.time_zone
) AS d (starts_at)
CROSS JOIN LATERAL (
  SELECT d.starts_at,
         CASE
           WHEN d.starts_at >= now() THEN CASE WHEN (a.h / 18720) % 100 < 92 THEN 'booked' ELSE 'canceled' END
           ELSE CASE
             WHEN (a.h / 18720) % 100 < 70 THEN 'fulfilled'
             WHEN (a.h / 18720) % 100 < 80 THEN 'no_show'
             WHEN (a.h / 18720) % 100 < 86 THEN 'excused'
             WHEN (a.h / 18720) % 100 < 92 THEN 'canceled'
             ELSE 'booked'
           END
         END
) AS t (starts_at, state);

RESET session_replication_role;
VACUUM (ANALYZE) convicts, convict_organizations, appointments, users, organizations, places,
  agendas, appointment_types, place_appointment_types, audit_events;

SELECT (SELECT count(*) FROM convicts) AS convicts,
       (SELECT count(*) FROM convict_organizations) AS followings,
       (SELECT count(*) FROM appointments) AS appointments,
       (SELECT min(starts_at)::date FROM appointments) AS first_day,
       (SELECT max(starts_at)::date FROM appointments) AS last_day;
