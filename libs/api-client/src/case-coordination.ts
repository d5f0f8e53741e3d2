/**
 * Generated from docs/openapi/case-coordination.json by openapi-typescript (npm run api-client); do not edit.
 */
export interface paths {
    "/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log in order, a page at a time, with its hash chain, for shipping to another system */
        get: operations["AuditLogController_page"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit-log/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Walks the whole hash chain and names every altered, missing or re-linked entry */
        get: operations["AuditLogController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operations/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The service's consumer lag per topic and partition, its dead letters (kept on the topics, and its own waiting to be sent back) and its outbox backlog; counts only */
        get: operations["OperationsController_overview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operations/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The service's dead letters that wait to be sent back, oldest first, a page at a time: ids, topic, offsets, reason and time; never the message's content */
        get: operations["OperationsController_deadLetters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operations/dead-letters/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sends a dead letter back to the service's own consumer after its cause was fixed: decoded, put through the inbox and the topic's handler like a new message, and settled, in one transaction. Sending it back again does nothing (`already-settled`). Every call is audited */
        post: operations["OperationsController_resend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operations/dead-letters/{id}/discard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Discards a dead letter that will not be sent back (invalid, no longer wanted, or its message removed): settled as discarded, its message cleared, it leaves the list. Discarding it again does nothing (`already-settled`). Every call is audited */
        post: operations["OperationsController_discard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pairs of persons who are probably one: same birth date and similar name, at least one without CPR
         * @description Found when identities arrive; a page in pseudonym order. Persons erased or merged into another are left out.
         */
        get: operations["DuplicatesController_duplicates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons/{pseudonym}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merges this person into another (kept as history; can be taken back) */
        post: operations["DuplicatesController_merge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons/{pseudonym}/unmerge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Takes a merge back; the history keeps both steps */
        post: operations["DuplicatesController_unmerge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons/{pseudonym}/merges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The person's merge history: the merges it took part in, merged or kept, oldest first, a page at a time (docs/paging.md) */
        get: operations["DuplicatesController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find persons by CPR number, by name (and birth date) or by birth date, through a blind index; the search is recorded with its kind and purpose (never what was searched for), and every person found is written to their access log */
        get: operations["PersonSearchController_find"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons/{pseudonym}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person of concern with identity, case, incidents and concerns (those of persons merged into it too); the read is logged with its purpose */
        get: operations["PersonsController_person"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons/{pseudonym}/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who read this person's data, when, how and why: for the person's right of access (JSON or CSV), a page at a time
         * @description Paged (docs/paging.md). The CSV is the same page; its next page is in the `Link` header (rel="next").
         */
        get: operations["PersonsController_accessLogOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/next/agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The next Monday-group meeting's agenda, a page at a time: flagged persons, most urgent first, with reasons, new incidents and interventions
         * @description Paged (docs/paging.md): `limit` persons at most, `next` leads on. Sorted by urgency (the default) or newest first; filtered by priority, reason, area and new incidents or concerns; a filtered page reads at most 1,000 persons of the agenda, so it may hold fewer than `limit`, even none, and still have `next`. The persons of the page, and only they, are written to the access log.
         */
        get: operations["AgendaController_agenda"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/next/agenda.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same agenda page as a printable page, with a link to the next page */
        get: operations["AgendaController_page"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons/{pseudonym}/retention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the daily erasure will take of the person and from which day, what stays, and what holds it back; the read is logged with its purpose */
        get: operations["RetentionController_retention"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons/{pseudonym}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person's information notes, oldest first, a page at a time (docs/paging.md); the read is logged with its purpose */
        get: operations["NotesController_notesOf"];
        put?: never;
        /** An information note from a represented body, with its legal purpose (retsplejeloven § 115: SSP, PSP or KSP) and why sharing it is necessary */
        post: operations["NotesController_write"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notes/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Searches the information notes' text. Not for the police: retsplejeloven § 115, stk. 2 forbids using what is shared in SSP for investigation. Each person found is access-logged */
        get: operations["NotesController_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons/{pseudonym}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The decisions about a person with the family department's 24-hour assessment clock, oldest first, a page at a time (docs/paging.md); the read is logged with its purpose */
        get: operations["DecisionsController_list"];
        put?: never;
        /** The Monday group's decision about a person: reviews the new incidents, clears the flag (a follow-up keeps it), moves the case, starts the 24-hour clock of a notification */
        post: operations["DecisionsController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons/{pseudonym}/decisions/{decisionId}/assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The family department's assessment of a notification within 24 hours (does the child need acute support?), recorded once with who made it: it answers the notification's clock */
        post: operations["DecisionsController_recordAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The notifications' 24-hour assessment clocks: who must answer (the family department) by when, the unanswered ones unless `status` says otherwise, by when they run out, a page at a time (docs/paging.md); every person on the page is in their access log with the purpose */
        get: operations["AssessmentsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons/{pseudonym}/case/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The Monday group reopens a person's closed case, with a reason: the case goes back under review and the person onto the next agenda (ssp.case.opened.v1, reopened: true) */
        post: operations["CaseReopeningController_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monday-meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Monday group's meetings, newest first, a page at a time (docs/paging.md): when, state, and how many items were handled, deferred or not reached */
        get: operations["MondayMeetingsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monday-meetings/{meetingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One meeting: its state and counts; no persons */
        get: operations["MondayMeetingsController_meeting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monday-meetings/{meetingId}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Opens the meeting and freezes its agenda: the persons on the live agenda now, with their reasons (at most 500; the rest keep their place on the next agenda) */
        post: operations["MondayMeetingsController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monday-meetings/{meetingId}/items/{pseudonym}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One person's item of the meeting's frozen agenda, as the items list gives it, with the next item's pseudonym; only this person's read is access-logged */
        get: operations["MondayMeetingsController_item"];
        /** Marks a person's item handled (after a decision at the meeting) or deferred, while the meeting is open */
        put: operations["MondayMeetingsController_markItem"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monday-meetings/{meetingId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Closes the meeting: every item nobody marked is recorded as not reached (the person stays on the next agenda) */
        post: operations["MondayMeetingsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monday-meetings/{meetingId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approves the minutes of a closed meeting, once; then nothing of the meeting changes */
        post: operations["MondayMeetingsController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monday-meetings/{meetingId}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The meeting's frozen agenda, a page at a time, each person with what the meeting recorded about them; the persons read are access-logged */
        get: operations["MondayMeetingsController_items"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monday-meetings/{meetingId}/minutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The whole minutes as JSON: the meeting and every item of its frozen agenda; access-logged */
        get: operations["MondayMeetingsController_minutes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monday-meetings/{meetingId}/minutes.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The minutes as a printable Danish A4 page; access-logged */
        get: operations["MondayMeetingsController_minutesPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/monday-meetings/{meetingId}/minutes.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The minutes as a Danish A4 PDF; access-logged */
        get: operations["MondayMeetingsController_minutesPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons/{pseudonym}/interventions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Agrees an intervention (owner body, the responsible registry person by sign-in subject, deadline) in a case where action was decided; the responsible is told through network groups */
        post: operations["InterventionsController_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/interventions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The follow-up list: interventions by deadline, narrowed by status, owner body, responsible (ownerSubject), person or being overdue, a page at a time (docs/paging.md); every person on the page is in their access log with the purpose */
        get: operations["InterventionsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/interventions/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's tasks: the open interventions whose responsible is the signed-in person (by sign-in subject), by deadline, a page at a time (docs/paging.md); every person on the page is in their access log with the purpose */
        get: operations["InterventionsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/interventions/{id}/owner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Gives an open intervention another responsible registry person (a member of its owner body today), who is told through network groups */
        put: operations["InterventionsController_changeOwner"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/interventions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Starts or completes an intervention (completing needs an outcome); completing the last open one closes the case */
        patch: operations["InterventionsController_update"];
        trace?: never;
    };
    "/persons/{pseudonym}/erasure-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erases the person at once on their documented request (GDPR art. 17), as retention erases (the persons merged into them too), everywhere the identity is held; returns the receipt
         * @description The erasure cannot be undone. Case coordination erases what the receipt names in one transaction and publishes `ssp.person.erased.v1` (reason `request`) for each pseudonym: the ingestion deletes its vault row and tombstones the identity topic, reporting forgets the person. The receipt keeps no personal data.
         */
        post: operations["ErasureRequestsController_erase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/erasure-receipts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The receipt of an erasure on request, as it was returned; the read is logged in the person’s access log with the purpose data-subject-request */
        get: operations["ErasureRequestsController_receipt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons/{pseudonym}/register-extract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The register extract (GDPR art. 15) as JSON
         * @description Everything case coordination registers about the person (GDPR art. 15), those merged into them included: identity, cases, incidents with the police's words, concerns, notes, decisions with the family department's assessment, interventions, reopenings and who read the data; the newest 1000 of each, saying so when cut. For the secretariat answering the person's request; logged in the person's access log with the purpose data-subject-request.
         */
        get: operations["RegisterExtractController_extract"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons/{pseudonym}/register-extract.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The register extract (GDPR art. 15) as an A4 PDF in Danish, the same content as the JSON
         * @description Everything case coordination registers about the person (GDPR art. 15), those merged into them included: identity, cases, incidents with the police's words, concerns, notes, decisions with the family department's assessment, interventions, reopenings and who read the data; the newest 1000 of each, saying so when cut. For the secretariat answering the person's request; logged in the person's access log with the purpose data-subject-request.
         */
        get: operations["RegisterExtractController_extractPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The referrals to the caller's receiving bodies, oldest first, a page at a time (docs/paging.md); each listed person's read is logged (referral-handling). Members of the receiving body (SSP-U, SSP+, the family department) see the referrals to it; the Monday group and the coordination team see every one; anyone else is refused (403 `referral-no-receiving-body`) */
        get: operations["ReferralsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referrals/{referralId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a referral needs and no more: the person's name and birth date (the pseudonym alone where no identity is held), the reason, the consent, who referred when, and the answer; no incidents, notes or other decisions. The read is logged (referral-handling). Members of the receiving body (SSP-U, SSP+, the family department) see the referrals to it; the Monday group and the coordination team see every one; anyone else is refused (403 `referral-no-receiving-body`) */
        get: operations["ReferralsController_referral"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/referrals/{referralId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A member of the receiving body accepts or declines the referral, once; the Monday group sees the answer (ssp.referral.answered.v1). The read of the answer is logged (referral-handling) */
        post: operations["ReferralsController_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/persons/{pseudonym}/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The person's referrals with their answers, oldest first, a page at a time (docs/paging.md): the Monday group follows what the receiving bodies answered. The read is logged with its purpose */
        get: operations["PersonReferralsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AuditEntryDto: {
            seq: number;
            /** Format: date-time */
            recordedAt: string;
            /** @description Token subject, or anonymous */
            actor: string;
            actorRoles: string[];
            /** @example GET /police-lists/:id */
            action: string;
            permission: string | null;
            resource: string;
            /** @enum {string} */
            decision: "allow" | "deny";
            reason: string;
            prevHash: string;
            hash: string;
        };
        AuditLogPageDto: {
            entries: components["schemas"]["AuditEntryDto"][];
            /** @description Pass as `after` for the next page */
            next: number | null;
        };
        ChainHeadDto: {
            seq: number;
            hash: string;
        };
        ChainProblemDto: {
            seq: number;
            /** @enum {string} */
            problem: "altered" | "missing" | "relinked";
            detail: string;
        };
        ChainVerificationDto: {
            ok: boolean;
            entriesChecked: number;
            head: components["schemas"]["ChainHeadDto"] | null;
            problems: components["schemas"]["ChainProblemDto"][];
        };
        ReadingDto: {
            /** @description False when the latest reading failed or took longer than 2 s; the values are then the last good ones */
            ok: boolean;
            /**
             * Format: date-time
             * @description When the values shown were read; null until a reading succeeded
             */
            readAt: string | null;
        };
        PartitionLagDto: {
            partition: number;
            /** @description Messages the service's consumer group has not committed yet */
            lag: number;
        };
        ConsumedTopicStatusDto: {
            /**
             * @description The catalogue name
             * @example ssp.incident.recorded.v2
             */
            topic: string;
            /** @description The sum over the partitions; null until a reading of the broker succeeded */
            lag: number | null;
            partitions: components["schemas"]["PartitionLagDto"][];
            /** @description Messages kept on `<topic>.dlq`, written by every consumer group of the topic; null until a reading succeeded */
            deadLettersOnTopic: number | null;
            /** @description This service's dead letters of the topic that wait to be sent back */
            deadLettersWaiting: number;
        };
        ConsumerStatusDto: {
            /** @description The broker's offsets (lag and dead-letter topics) */
            reading: components["schemas"]["ReadingDto"];
            topics: components["schemas"]["ConsumedTopicStatusDto"][];
        };
        OutboxStatusDto: {
            reading: components["schemas"]["ReadingDto"];
            /** @description Events committed and not yet published */
            backlog: number | null;
            /** @description How long the oldest of them has waited; 0 when there is none */
            oldestAgeSeconds: number | null;
        };
        OperationsStatusDto: {
            /** @example case-coordination */
            service: string;
            consumer: components["schemas"]["ConsumerStatusDto"];
            outbox: components["schemas"]["OutboxStatusDto"];
            /** @description Dead letters of all topics that wait to be sent back */
            deadLettersWaiting: number;
        };
        WaitingDeadLetterDto: {
            /**
             * Format: uuid
             * @description For `POST /operations/dead-letters/{id}/resend` and `/discard`
             */
            id: string;
            /** @description The original topic (catalogue name) */
            topic: string;
            originalPartition: number;
            /** @description A decimal string (Kafka offsets pass 2^53) */
            originalOffset: string;
            /** @description Where it lies on `<topic>.dlq` */
            dlqPartition: number | null;
            dlqOffset: string | null;
            /** @description The envelope's event id, when the message has one */
            eventId: string | null;
            eventType: string | null;
            /** @description Why it was dead-lettered, or why the latest send-back failed again */
            reason: string;
            /**
             * Format: date-time
             * @description When it was first dead-lettered; the list is ordered by it (and the id), which a failed send-back does not change
             */
            failedAt: string;
            /**
             * Format: date-time
             * @description When it last failed: dead-lettered again, or sent back and failed again
             */
            lastFailedAt: string;
            /**
             * @description `retention`: the message was removed after `DEAD_LETTER_RETENTION_DAYS`. `erasure`: the person it concerns was erased. Either way it can no longer be sent back, only discarded. Null while the message is kept
             * @enum {string|null}
             */
            contentRemoved: "retention" | "erasure" | null;
        };
        WaitingDeadLettersPageDto: {
            /** @description Pass as `after` for the next page; null on the last page */
            next: string | null;
            items: components["schemas"]["WaitingDeadLetterDto"][];
        };
        ResendOutcomeDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description `handled`: applied now. `duplicate`: the inbox already had the event (it came again another way), nothing applied. `already-settled`: sent back before; nothing done
             * @enum {string}
             */
            outcome: "handled" | "duplicate" | "already-settled";
        };
        DiscardOutcomeDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description `discarded`: settled as discarded now, its message cleared. `already-settled`: sent back or discarded before; nothing done
             * @enum {string}
             */
            outcome: "discarded" | "already-settled";
        };
        LikelyDuplicateDto: {
            /** @description The two persons, the lesser pseudonym first */
            pseudonyms: string[];
            /** @enum {string} */
            reason: "identified-later" | "similar-name";
            /** @description Danish, for the person deciding whether to merge */
            explanation: string;
        };
        LikelyDuplicatePageDto: {
            /** @description Pass as `after` for the next page; null on the last page */
            next: string | null;
            items: components["schemas"]["LikelyDuplicateDto"][];
        };
        MergeRequestDto: {
            /** @description The person to keep */
            into: string;
        };
        MergeHistoryDto: {
            merged: string;
            into: string;
            mergedBy: string;
            mergedAt: string;
            unmergedBy: string | null;
            unmergedAt: string | null;
        };
        MergeHistoryPageDto: {
            /** @description Pass as `after` for the next page; null on the last page */
            next: string | null;
            /** @description Oldest first */
            items: components["schemas"]["MergeHistoryDto"][];
        };
        IdentityErrorDto: {
            /** @enum {string} */
            code: "identity-unreadable";
            /** @description Danish, for the reader */
            message: string;
        };
        PersonSearchHitDto: {
            pseudonym: string;
            /** @enum {string} */
            pseudonymStrength: "strong" | "weak";
            /** @description The person this one is merged into, if any */
            mergedInto: string | null;
            /**
             * @description Stable code; null when the person has no case
             * @example under-review
             */
            caseState: string | null;
            /**
             * @description The case state in Danish, for people
             * @example til behandling
             */
            caseStateText: string | null;
            /** @description Name, birth date, CPR, school; the address only when not protected (as GET /persons/{pseudonym}) */
            identity: Record<string, never> | null;
            /** @description Set when the identity is held but cannot be decrypted */
            identityError: components["schemas"]["IdentityErrorDto"] | null;
        };
        PersonSearchResultDto: {
            /** @description At most limit (default 20, at most 50), in pseudonym order */
            items: components["schemas"]["PersonSearchHitDto"][];
            /** @description More persons matched than limit: narrow the search (add a birth date or more of the name) */
            more: boolean;
        };
        SearchRefusalDto: {
            /** @enum {string} */
            code: "search-criterion-missing" | "search-criteria-combined" | "search-cpr-invalid" | "search-birth-date-invalid" | "search-name-empty" | "search-name-too-long" | "search-purpose-missing" | "search-limit-out-of-range" | "search-parameter-repeated";
            /** @description Danish: what is wrong and what to do */
            message: string;
        };
        PersonIncidentDto: {
            incidentId: string;
            journalNumber: string;
            /**
             * @description Stable code
             * @example charged
             */
            role: string;
            /**
             * @description The role in Danish, for people
             * @example sigtet
             */
            roleText: string;
            /** Format: date */
            incidentDate: string;
            /**
             * @description Stable code
             * @example burglary
             */
            offenceCategory: string;
            /**
             * @description The offence category in Danish, for people
             * @example Indbrud
             */
            offenceCategoryText: string;
            areaId: string;
            /** @description The police's own words for the offence; null for incidents that came without them, and once erased */
            offenceText: string | null;
            /** @description Where it happened, as the police wrote it */
            incidentLocation: string | null;
            /** @description The school the police list named with the incident */
            school: string | null;
            /**
             * @description Stable code: not yet seen by the Monday group, seen, or history from before AGENDA_BASELINE_DATE (flags no one)
             * @enum {string}
             */
            review: "new" | "reviewed" | "before-baseline";
            /** @description The same in Danish, for people */
            reviewText: string;
        };
        ConcernDto: {
            /** Format: uuid */
            concernId: string;
            /**
             * @description Stable code of where it comes from
             * @enum {string}
             */
            source: "school" | "club" | "family-department" | "substance-abuse-treatment" | "youth-guidance" | "ungebasen" | "police" | "ssp";
            /**
             * @description The same in Danish, for people
             * @example Bekymring fra skole
             */
            sourceText: string;
            /** @enum {string} */
            legalBasis: "SSP" | "PSP" | "KSP";
            /** @description The legal basis in Danish, for people */
            legalBasisText: string;
            /** Format: date */
            raisedOn: string;
            /**
             * @description Stable code of the local area
             * @example langaa
             */
            areaId: string;
            /**
             * @description The area in Danish, for people
             * @example Langå
             */
            areaText: string;
            /** @description What worries the member, in their words; null once erased */
            worry: string | null;
            /** @description The sign-in subject of the member who raised it; null once erased */
            raisedBy: string | null;
            /**
             * @description Stable code: not yet seen by the Monday group, or seen
             * @enum {string}
             */
            review: "new" | "reviewed";
            /** @description The same in Danish, for people */
            reviewText: string;
        };
        PersonDto: {
            pseudonym: string;
            /** @enum {string} */
            pseudonymStrength: "strong" | "weak";
            /** @description Name, birth date, CPR, school; the address only when not protected */
            identity: Record<string, never> | null;
            /** @description Set when the identity is held but cannot be decrypted */
            identityError: components["schemas"]["IdentityErrorDto"] | null;
            /**
             * @description Stable code
             * @example under-review
             */
            caseState: string | null;
            /**
             * @description The case state in Danish, for people
             * @example til behandling
             */
            caseStateText: string | null;
            /** @description The newest incidents, at most 100 */
            incidents: components["schemas"]["PersonIncidentDto"][];
            /** @description Incidents not listed in incidents */
            moreIncidents: number;
            /** @description The concerns members raised (about persons merged into this one too), newest first, at most 100 */
            concerns: components["schemas"]["ConcernDto"][];
            /** @description Concerns not listed in concerns */
            moreConcerns: number;
        };
        AccessLogEntryDto: {
            accessedAt: string;
            actor: string;
            actorRoles: string[];
            /**
             * @description What was read: a stable code
             * @example person
             */
            action: string;
            /**
             * @description What was read, in Danish, for people
             * @example personens side
             */
            actionText: string;
            /** @enum {string} */
            purpose: "monday-group-meeting" | "case-follow-up" | "data-subject-request" | "referral-handling";
            /**
             * @description Why, in Danish, for people
             * @example Mandagsgruppens møde
             */
            purposeText: string;
        };
        AccessLogPageDto: {
            /** @description Pass as `after` for the next page; null on the last page */
            next: string | null;
            /** @description Oldest first */
            items: components["schemas"]["AccessLogEntryDto"][];
        };
        AgendaPersonDto: {
            /** @description From the identity, when case coordination has it */
            name: string | null;
            /** Format: date */
            birthDate: string | null;
            /** @description The school the police list named, when it did */
            school: string | null;
            /** @description Set when the identity is held but cannot be decrypted; the rest of the agenda is unaffected */
            identityError: components["schemas"]["IdentityErrorDto"] | null;
        };
        AgendaReasonDto: {
            /** @example suspect-or-charged */
            code: string;
            weight: number;
            /** @example Mistænkt eller sigtet */
            text: string;
        };
        LinkedPersonDto: {
            personPseudonym: string;
            /**
             * @description Stable code: their part in the same police case
             * @example victim
             */
            role: string;
            /**
             * @description The part in Danish, for people
             * @example forurettet
             */
            roleText: string;
        };
        AgendaIncidentDto: {
            /** Format: uuid */
            incidentId: string;
            journalNumber: string;
            /**
             * @description Stable code
             * @example charged
             */
            role: string;
            /**
             * @description The role in Danish, for people
             * @example sigtet
             */
            roleText: string;
            /** Format: date */
            incidentDate: string;
            /**
             * @description Stable code
             * @example burglary
             */
            offenceCategory: string;
            /**
             * @description The offence category in Danish, for people
             * @example Indbrud
             */
            offenceCategoryText: string;
            /**
             * @description The police's own words for the offence; null for incidents that came without them, and once erased
             * @example Strfl. § 276 tyveri
             */
            offenceText: string | null;
            /** @description Where it happened, as the police wrote it */
            incidentLocation: string | null;
            /** @description The school the police list named with the incident */
            school: string | null;
            ageAtIncident: number;
            /**
             * @description Stable code of the local area (from the postal code or school on the list)
             * @example randers-c
             */
            areaId: string;
            /**
             * @description The area in Danish, for people
             * @example Randers C
             */
            areaText: string;
            /** @description The other persons on the same journal number (co-suspects, a victim), at most 10, by pseudonym: a person's own page tells who they are, and logs the read */
            linkedPersons: components["schemas"]["LinkedPersonDto"][];
            /** @description More persons share the journal number than linkedPersons lists */
            moreLinkedPersons: boolean;
        };
        AgendaInterventionDto: {
            /** Format: uuid */
            id: string;
            title: string;
            ownerBody: string;
            /** @description The responsible registry person's sign-in subject; null on interventions from before owners were registry people */
            ownerSubject: string | null;
            /** @description The free-text responsible of interventions from before owners were registry people; null on newer ones */
            responsibleText: string | null;
            /** Format: date */
            deadline: string;
            /**
             * @description Stable code
             * @example in-progress
             */
            status: string;
            /**
             * @description The status in Danish, for people
             * @example i gang
             */
            statusText: string;
            overdue: boolean;
        };
        AssessmentClockDto: {
            /** @description When the family department's 24-hour assessment of a notification is due */
            dueAt: string;
            /** @enum {string} */
            status: "pending" | "overdue";
        };
        AgendaItemDto: {
            personPseudonym: string;
            person: components["schemas"]["AgendaPersonDto"];
            /**
             * @description Stable code
             * @example under-review
             */
            caseState: string | null;
            /**
             * @description The case state in Danish, for people
             * @example til behandling
             */
            caseStateText: string | null;
            priority: number;
            reasons: components["schemas"]["AgendaReasonDto"][];
            /** @description The newest new incidents, at most 10 */
            newIncidents: components["schemas"]["AgendaIncidentDto"][];
            /** @description New incidents not listed in newIncidents */
            moreNewIncidents: number;
            /** @description The newest concerns members raised that the group has not yet seen, at most 10 */
            newConcerns: components["schemas"]["ConcernDto"][];
            /** @description New concerns not listed in newConcerns */
            moreNewConcerns: number;
            /** @description Open interventions by deadline (overdue first), at most 10 */
            interventions: components["schemas"]["AgendaInterventionDto"][];
            /** @description Open interventions not listed in interventions */
            moreInterventions: number;
            /** @description An unanswered notification to the family department */
            familyDepartmentAssessment: components["schemas"]["AssessmentClockDto"] | null;
        };
        AgendaDto: {
            /** @description Pass as `after` for the next page; null on the last page */
            next: string | null;
            /** Format: date */
            meetingDate: string;
            /** @description UTC instant of 09:00 in Copenhagen on the meeting day */
            startsAt: string;
            items: components["schemas"]["AgendaItemDto"][];
        };
        RetentionDto: {
            personPseudonym: string;
            /**
             * @description Stable code
             * @enum {string}
             */
            state: "kept-until" | "held-by-intervention" | "erased";
            /** @description The same in Danish, for people */
            stateText: string;
            /**
             * Format: date
             * @description The newest incident or concern, from which retention counts
             */
            lastIncidentDate: string;
            /**
             * Format: date
             * @description The first day the daily erasure may take the person, as things stand; null once erased
             */
            erasableFrom: string | null;
            /** @description Open interventions, which hold the person until they are completed */
            openInterventions: number;
            erasedAt: string | null;
            /** @description What the erasure takes, in Danish */
            erases: string[];
            /** @description What stays, in Danish */
            keeps: string[];
        };
        CreateNoteDto: {
            /**
             * @description The body the information comes from, by id
             * @example familieafdelingen
             */
            body: string;
            /**
             * @description The purpose under retsplejeloven § 115 the information is shared for
             * @enum {string}
             */
            legalBasis: "SSP" | "PSP" | "KSP";
            /** @description Why sharing this is necessary for the crime-preventive cooperation */
            necessity: string;
            text: string;
        };
        NoteDto: {
            /** Format: uuid */
            id: string;
            personPseudonym: string;
            body: string;
            /** @enum {string} */
            legalBasis: "SSP" | "PSP" | "KSP";
            /** @description Null once the person is erased */
            necessity: string | null;
            /** @description Null once the person is erased */
            text: string | null;
            /** @description The author's token subject */
            author: string;
            authorName: string | null;
            writtenAt: string;
        };
        NotePageDto: {
            /** @description Pass as `after` for the next page; null on the last page */
            next: string | null;
            items: components["schemas"]["NoteDto"][];
        };
        ConsentDto: {
            /**
             * @description person: the person themself (required from 18 for SSP+); guardian: a parent or guardian
             * @enum {string}
             */
            givenBy: "person" | "guardian";
            /**
             * Format: date
             * @description The day the consent was given; not after the decision
             */
            givenOn: string;
            /** @enum {string} */
            form: "written" | "oral";
        };
        CreateDecisionDto: {
            /** @enum {string} */
            kind: "no-action" | "concern-conversation" | "notify-family-department" | "referral" | "follow-up-next-meeting";
            /**
             * @description The body the person is referred to: ssp-u, ssp-plus or familieafdelingen (`referral-receiver-not-allowed` otherwise); required for a referral, refused otherwise
             * @example ssp-u
             */
            referralBody?: string;
            /** @description Why the person is referred, for the receiving body; required for a referral, refused otherwise; erased with the person, never published */
            referralReason?: string;
            /** @description The person's consent to the referral: required for SSP+ from 18 (and where the birth date is unknown), recorded for any receiver when given */
            consent?: components["schemas"]["ConsentDto"];
            /** @description Free text for the minutes; erased with the person, never published */
            note?: string;
        };
        DecisionReferralDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description The receiving body's answer: pending until it accepts or declines
             * @enum {string}
             */
            status: "pending" | "accepted" | "declined";
            /**
             * @description The status in Danish, for people
             * @example venter på svar
             */
            statusText: string;
        };
        AssessmentDto: {
            /** @description 24 hours after the notification */
            dueAt: string;
            /** @description When the family department recorded its assessment */
            answeredAt: string | null;
            /** @description The sign-in subject of who recorded it */
            answeredBy: string | null;
            /**
             * @description Stable code of the conclusion; null while unanswered (and on answers from before conclusions were recorded)
             * @enum {string|null}
             */
            conclusion: "acute-support-needed" | "no-acute-support-needed" | null;
            /** @description The conclusion in Danish, for people */
            conclusionText: string | null;
            /** @enum {string} */
            status: "pending" | "answered" | "overdue";
            /**
             * @description The status in Danish, for people
             * @example løber
             */
            statusText: string;
        };
        DecisionDto: {
            /** Format: uuid */
            id: string;
            personPseudonym: string;
            /** Format: uuid */
            caseId: string;
            /** @enum {string} */
            kind: "no-action" | "concern-conversation" | "notify-family-department" | "referral" | "follow-up-next-meeting";
            /**
             * @description The kind in Danish, for people
             * @example Bekymringssamtale
             */
            kindText: string;
            /** @description The receiving body's id (kind referral) */
            referralBody: string | null;
            /**
             * @description The receiving body in Danish
             * @example SSP-U (ungdomsuddannelserne)
             */
            referralBodyName: string | null;
            /** @description The referral the decision made (kind referral), with its status */
            referral: components["schemas"]["DecisionReferralDto"] | null;
            /** @description Null once the person is erased */
            note: string | null;
            /**
             * @description The case's state after the decision
             * @enum {string}
             */
            caseState: "open" | "under-review" | "action-agreed" | "in-progress" | "closed";
            /**
             * @description The same in Danish, for people
             * @example indsats aftalt
             */
            caseStateText: string;
            decidedBy: string;
            decidedAt: string;
            /** Format: date */
            meetingDate: string | null;
            /** @description The family department's 24-hour assessment, after a notification */
            familyDepartmentAssessment: components["schemas"]["AssessmentDto"] | null;
        };
        RecordAssessmentDto: {
            /** @enum {string} */
            conclusion: "acute-support-needed" | "no-acute-support-needed";
        };
        DecisionPageDto: {
            /** @description Pass as `after` for the next page; null on the last page */
            next: string | null;
            /** @description Oldest first */
            items: components["schemas"]["DecisionDto"][];
        };
        NotificationClockDto: {
            /** @description 24 hours after the notification */
            dueAt: string;
            /** @description When the family department recorded its assessment */
            answeredAt: string | null;
            /** @description The sign-in subject of who recorded it */
            answeredBy: string | null;
            /**
             * @description Stable code of the conclusion; null while unanswered (and on answers from before conclusions were recorded)
             * @enum {string|null}
             */
            conclusion: "acute-support-needed" | "no-acute-support-needed" | null;
            /** @description The conclusion in Danish, for people */
            conclusionText: string | null;
            /** @enum {string} */
            status: "pending" | "answered" | "overdue";
            /**
             * @description The status in Danish, for people
             * @example løber
             */
            statusText: string;
            /** Format: uuid */
            decisionId: string;
            personPseudonym: string;
            /** Format: uuid */
            caseId: string;
            /** @description When the Monday group decided to notify */
            decidedAt: string;
            /**
             * @description The body that must answer: the family department
             * @example familieafdelingen
             */
            answerBy: string;
            /**
             * @description The same in Danish, for people
             * @example Familieafdelingen
             */
            answerByName: string;
        };
        AssessmentClockPageDto: {
            /** @description Pass as `after` for the next page; null on the last page */
            next: string | null;
            /** @description By when the clock runs out, then id */
            items: components["schemas"]["NotificationClockDto"][];
        };
        ReopenCaseDto: {
            /**
             * @description Why the group reopens the case
             * @enum {string}
             */
            reason: "new-information" | "concern-persists" | "partner-request" | "intervention-needed";
            /** @description What the group wrote; stays in case coordination, on no topic, and goes with the person at erasure */
            note?: string;
        };
        CaseReopeningDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            caseId: string;
            personPseudonym: string;
            /**
             * @description Stable code: the case is back under review, the person on the next agenda
             * @example under-review
             * @enum {string}
             */
            caseState: "open" | "under-review" | "action-agreed" | "in-progress" | "closed";
            /** @example til behandling */
            caseStateText: string;
            /** @enum {string} */
            reason: "new-information" | "concern-persists" | "partner-request" | "intervention-needed";
            /**
             * @description The reason in Danish, for people
             * @example bekymringen består
             */
            reasonText: string;
            note: string | null;
            reopenedBy: string;
            /** Format: date-time */
            reopenedAt: string;
        };
        OutcomeCountsDto: {
            handled: number;
            deferred: number;
            notReached: number;
            /** @description Not marked yet (only while the meeting is open) */
            unmarked: number;
        };
        MondayMeetingDto: {
            /** Format: uuid */
            meetingId: string;
            /**
             * Format: date
             * @description The Copenhagen day of the meeting
             */
            meetingDate: string;
            startsAt: string;
            endsAt: string;
            /** @enum {string} */
            state: "scheduled" | "open" | "closed" | "approved";
            /**
             * @description The state in Danish, for people
             * @example I gang
             */
            stateText: string;
            openedAt: string | null;
            openedBy: string | null;
            closedAt: string | null;
            closedBy: string | null;
            approvedAt: string | null;
            approvedBy: string | null;
            /** @description The agenda held more than 500 persons when the meeting opened; the rest keep their place on the next agenda */
            agendaCut: boolean;
            items: components["schemas"]["OutcomeCountsDto"];
        };
        MondayMeetingPageDto: {
            /** @description Pass as `after` for the next page; null on the last page */
            next: string | null;
            /** @description Newest first */
            items: components["schemas"]["MondayMeetingDto"][];
        };
        MarkItemDto: {
            /**
             * @description handled needs a decision about the person at this meeting (a decision marks it handled by itself); closing the meeting marks the rest not-reached
             * @enum {string}
             */
            outcome: "handled" | "deferred";
        };
        MeetingPersonDto: {
            name: string | null;
            birthDate: string | null;
            /** @description The identity is held but cannot be read (its key is gone) */
            identityUnreadable: boolean;
        };
        MeetingReasonDto: {
            /** @example suspect-or-charged */
            code: string;
            /** @example Mistænkt eller sigtet */
            text: string;
        };
        MeetingDecisionDto: {
            /** Format: uuid */
            id: string;
            /** @example concern-conversation */
            kind: string;
            /** @example Bekymringssamtale */
            kindText: string;
            /** @description The receiving body's id (kind referral) */
            referralBody: string | null;
            /**
             * @description The receiving body in Danish
             * @example SSP-U (ungdomsuddannelserne)
             */
            referralBodyName: string | null;
            /** @description Null once the person is erased */
            note: string | null;
            decidedBy: string;
            decidedAt: string;
        };
        MeetingNoteDto: {
            /** Format: uuid */
            id: string;
            /** @example skole */
            body: string;
            /** @example SSP */
            legalBasis: string;
            /** @description Null once the person is erased */
            text: string | null;
            author: string;
            writtenAt: string;
        };
        MeetingInterventionDto: {
            /** Format: uuid */
            id: string;
            title: string;
            ownerBody: string;
            /** Format: date */
            deadline: string;
            /** @enum {string} */
            status: "agreed" | "in-progress" | "completed";
            /**
             * @description The status in Danish, for people
             * @example aftalt
             */
            statusText: string;
        };
        MeetingItemDto: {
            position: number;
            personPseudonym: string;
            person: components["schemas"]["MeetingPersonDto"];
            priority: number;
            /** @description Why the person was on the agenda when the meeting opened */
            reasons: components["schemas"]["MeetingReasonDto"][];
            /**
             * @description Null until marked or the meeting closes
             * @enum {string|null}
             */
            outcome: "handled" | "deferred" | "not-reached" | null;
            /** @example Behandlet */
            outcomeText: string | null;
            decisions: components["schemas"]["MeetingDecisionDto"][];
            notes: components["schemas"]["MeetingNoteDto"][];
            interventions: components["schemas"]["MeetingInterventionDto"][];
        };
        MeetingItemPageDto: {
            /** @description Pass as `after` for the next page; null on the last page */
            next: string | null;
            /** @description In the order of the frozen agenda */
            items: components["schemas"]["MeetingItemDto"][];
        };
        OneMeetingItemDto: {
            position: number;
            personPseudonym: string;
            person: components["schemas"]["MeetingPersonDto"];
            priority: number;
            /** @description Why the person was on the agenda when the meeting opened */
            reasons: components["schemas"]["MeetingReasonDto"][];
            /**
             * @description Null until marked or the meeting closes
             * @enum {string|null}
             */
            outcome: "handled" | "deferred" | "not-reached" | null;
            /** @example Behandlet */
            outcomeText: string | null;
            decisions: components["schemas"]["MeetingDecisionDto"][];
            notes: components["schemas"]["MeetingNoteDto"][];
            interventions: components["schemas"]["MeetingInterventionDto"][];
            /** @description The next item's person on the frozen agenda (pseudonym only, not access-logged); null at the last item */
            nextPseudonym: string | null;
        };
        MinutesDto: {
            meeting: components["schemas"]["MondayMeetingDto"];
            /** @description In the order of the frozen agenda; at most 500 */
            items: components["schemas"]["MeetingItemDto"][];
        };
        CreateInterventionDto: {
            /** @example Samtale med den unge og forældrene */
            title: string;
            /**
             * @description The body that owns the intervention, by id
             * @example familieafdelingen
             */
            ownerBody: string;
            /**
             * @description The responsible person: the sign-in subject of a person of network groups' registry who is a member of ownerBody today (400 intervention-owner-not-member otherwise). They are told when assigned, before the deadline and when it is overdue.
             * @example mette.sagsbehandler@randers.dk
             */
            ownerSubject: string;
            /**
             * Format: date
             * @description Today (Copenhagen) or later
             */
            deadline: string;
        };
        InterventionDto: {
            /** Format: uuid */
            id: string;
            personPseudonym: string;
            /** Format: uuid */
            caseId: string;
            title: string;
            ownerBody: string;
            /** @description The responsible registry person's sign-in subject; null on interventions agreed before owners were registry people */
            ownerSubject: string | null;
            /** @description The free-text responsible of interventions agreed before owners were registry people (erased with the person); null on newer ones */
            responsibleText: string | null;
            /** Format: date */
            deadline: string;
            /** @enum {string} */
            status: "agreed" | "in-progress" | "completed";
            /**
             * @description The status in Danish, for people
             * @example i gang
             */
            statusText: string;
            outcome: string | null;
            assignedAt: string;
            startedAt: string | null;
            completedAt: string | null;
            /**
             * @description The case's state after the change
             * @enum {string}
             */
            caseState: "open" | "under-review" | "action-agreed" | "in-progress" | "closed";
            /**
             * @description The same in Danish, for people
             * @example indsats i gang
             */
            caseStateText: string;
        };
        InterventionListItemDto: {
            /** Format: uuid */
            id: string;
            personPseudonym: string;
            /** Format: uuid */
            caseId: string;
            title: string;
            ownerBody: string;
            /** @description The responsible registry person's sign-in subject; null on interventions agreed before owners were registry people */
            ownerSubject: string | null;
            /** @description The free-text responsible of interventions agreed before owners were registry people (erased with the person); null on newer ones */
            responsibleText: string | null;
            /** Format: date */
            deadline: string;
            /** @enum {string} */
            status: "agreed" | "in-progress" | "completed";
            /**
             * @description The status in Danish, for people
             * @example i gang
             */
            statusText: string;
            outcome: string | null;
            assignedAt: string;
            startedAt: string | null;
            completedAt: string | null;
            /** @description Open and past its deadline (Copenhagen day) */
            overdue: boolean;
        };
        InterventionPageDto: {
            /** @description Pass as `after` for the next page; null on the last page */
            next: string | null;
            /** @description By deadline, then id */
            items: components["schemas"]["InterventionListItemDto"][];
        };
        ChangeInterventionOwnerDto: {
            /**
             * @description The responsible person: the sign-in subject of a person of network groups' registry who is a member of ownerBody today (400 intervention-owner-not-member otherwise). They are told when assigned, before the deadline and when it is overdue.
             * @example mette.sagsbehandler@randers.dk
             */
            ownerSubject: string;
        };
        UpdateInterventionDto: {
            /** @enum {string} */
            status: "in-progress" | "completed";
            /** @description What came of it; needed to complete one that has none yet (400 intervention-outcome-required); erased with the person, never published */
            outcome?: string;
        };
        CreateErasureRequestDto: {
            /**
             * @description The journal number of the municipality's case about the request, where the request itself is kept
             * @example 27.24.00-G01-12-26
             */
            requestReference: string;
            /**
             * Format: date
             * @description The day the request was received; not after today (Danish day)
             */
            receivedOn: string;
            /**
             * @description The ground under GDPR art. 17(1)
             * @enum {string}
             */
            grounds: "gdpr-17-1-a" | "gdpr-17-1-c" | "gdpr-17-1-d" | "gdpr-17-1-e";
            /** @description The secretariat's words about the request (how it came, what was sent back); kept on the receipt, on no topic; refused when it names the person or holds a CPR number */
            note?: string;
        };
        ErasureItemDto: {
            /**
             * @description Stable code
             * @example identity
             */
            code: string;
            /** @description The same in Danish, for people */
            text: string;
        };
        ErasureReceiptDto: {
            /** Format: uuid */
            id: string;
            personPseudonym: string;
            /** @description Every pseudonym erased: the person and those merged into them */
            erasedPseudonyms: string[];
            requestReference: string;
            /** Format: date */
            receivedOn: string;
            /** @enum {string} */
            grounds: "gdpr-17-1-a" | "gdpr-17-1-c" | "gdpr-17-1-d" | "gdpr-17-1-e";
            /** @description The ground in Danish, for people */
            groundsText: string;
            note: string | null;
            /** @description The sign-in subject of the secretariat member who registered the request */
            handledBy: string;
            /** Format: date-time */
            erasedAt: string;
            /** @description What was erased */
            erased: components["schemas"]["ErasureItemDto"][];
            /** @description What was kept, and why */
            kept: components["schemas"]["ErasureItemDto"][];
            /** @description The receipt in one Danish sentence */
            summary: string;
        };
        ExtractCaseDto: {
            /** Format: uuid */
            caseId: string;
            /**
             * @description Stable code
             * @example closed
             */
            state: string;
            /** @example lukket */
            stateText: string;
            openedAt: string;
            closedAt: string | null;
        };
        ExtractCasesDto: {
            /** @description true when the list holds only the newest 1000 and there are more */
            cut: boolean;
            /** @description The newest 1000, newest first; cut says whether there are more */
            items: components["schemas"]["ExtractCaseDto"][];
        };
        ExtractIncidentsDto: {
            /** @description true when the list holds only the newest 1000 and there are more */
            cut: boolean;
            /** @description The newest 1000, newest first; cut says whether there are more */
            items: components["schemas"]["PersonIncidentDto"][];
        };
        ExtractConcernsDto: {
            /** @description true when the list holds only the newest 1000 and there are more */
            cut: boolean;
            /** @description The newest 1000, newest first; cut says whether there are more */
            items: components["schemas"]["ConcernDto"][];
        };
        ExtractNotesDto: {
            /** @description true when the list holds only the newest 1000 and there are more */
            cut: boolean;
            /** @description The newest 1000, newest first; cut says whether there are more */
            items: components["schemas"]["NoteDto"][];
        };
        ExtractDecisionsDto: {
            /** @description true when the list holds only the newest 1000 and there are more */
            cut: boolean;
            /** @description The newest 1000, newest first; cut says whether there are more */
            items: components["schemas"]["DecisionDto"][];
        };
        ExtractInterventionDto: {
            /** Format: uuid */
            id: string;
            personPseudonym: string;
            /** Format: uuid */
            caseId: string;
            title: string;
            ownerBody: string;
            /** @description The responsible registry person's sign-in subject; null on interventions agreed before owners were registry people */
            ownerSubject: string | null;
            /** @description The free-text responsible of interventions agreed before owners were registry people (erased with the person); null on newer ones */
            responsibleText: string | null;
            /** Format: date */
            deadline: string;
            /** @enum {string} */
            status: "agreed" | "in-progress" | "completed";
            /**
             * @description The status in Danish, for people
             * @example i gang
             */
            statusText: string;
            outcome: string | null;
            assignedAt: string;
            startedAt: string | null;
            completedAt: string | null;
        };
        ExtractInterventionsDto: {
            /** @description true when the list holds only the newest 1000 and there are more */
            cut: boolean;
            /** @description The newest 1000, newest first; cut says whether there are more */
            items: components["schemas"]["ExtractInterventionDto"][];
        };
        ExtractReopeningDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            caseId: string;
            personPseudonym: string;
            /** @enum {string} */
            reason: "new-information" | "concern-persists" | "partner-request" | "intervention-needed";
            /**
             * @description The reason in Danish, for people
             * @example bekymringen består
             */
            reasonText: string;
            note: string | null;
            reopenedBy: string;
            /** Format: date-time */
            reopenedAt: string;
        };
        ExtractReopeningsDto: {
            /** @description true when the list holds only the newest 1000 and there are more */
            cut: boolean;
            /** @description The newest 1000, newest first; cut says whether there are more */
            items: components["schemas"]["ExtractReopeningDto"][];
        };
        ExtractAccessDto: {
            accessedAt: string;
            /** @description Sign-in subject of who read */
            actor: string;
            actorRoles: string[];
            /**
             * @description What was read: a stable code
             * @example person
             */
            action: string;
            /**
             * @description What was read, in Danish
             * @example personens side
             */
            actionText: string;
            /**
             * @description Stable code of why
             * @example case-follow-up
             */
            purpose: string;
            /** @example opfølgning på sagen */
            purposeText: string;
        };
        ExtractAccessLogDto: {
            /** @description true when the list holds only the newest 1000 and there are more */
            cut: boolean;
            /** @description The newest 1000, newest first; cut says whether there are more */
            items: components["schemas"]["ExtractAccessDto"][];
        };
        RegisterExtractDto: {
            personPseudonym: string;
            /** @description When the extract was made */
            madeAt: string;
            /** @description When the person was erased; their identity and free text are gone then */
            erasedAt: string | null;
            /** @description Pseudonyms merged into this person, whose records are included */
            mergedPseudonyms: string[];
            /** @description Name, birth date, CPR, school; the address only when not protected */
            identity: Record<string, never> | null;
            identityError: components["schemas"]["IdentityErrorDto"] | null;
            cases: components["schemas"]["ExtractCasesDto"];
            incidents: components["schemas"]["ExtractIncidentsDto"];
            concerns: components["schemas"]["ExtractConcernsDto"];
            notes: components["schemas"]["ExtractNotesDto"];
            /** @description With the family department's assessment of a notification */
            decisions: components["schemas"]["ExtractDecisionsDto"];
            interventions: components["schemas"]["ExtractInterventionsDto"];
            reopenings: components["schemas"]["ExtractReopeningsDto"];
            /** @description Who read the person's data, when, what and why */
            accessLog: components["schemas"]["ExtractAccessLogDto"];
        };
        ReferralSummaryDto: {
            /** Format: uuid */
            id: string;
            personPseudonym: string;
            /** @enum {string} */
            receiverBody: "ssp-u" | "ssp-plus" | "familieafdelingen";
            /**
             * @description The receiving body in Danish
             * @example SSP-U (ungdomsuddannelserne)
             */
            receiverName: string;
            /** @enum {string} */
            status: "pending" | "accepted" | "declined";
            /**
             * @description The status in Danish, for people
             * @example venter på svar
             */
            statusText: string;
            /** @description The sign-in subject of who made the decision */
            referredBy: string;
            referredAt: string;
            answeredBy: string | null;
            answeredAt: string | null;
        };
        ReferralSummaryPageDto: {
            /** @description Pass as `after` for the next page; null on the last page */
            next: string | null;
            /** @description Oldest first */
            items: components["schemas"]["ReferralSummaryDto"][];
        };
        ReferredPersonDto: {
            pseudonym: string;
            /** @description Null when case coordination holds no readable identity (or the person is erased) */
            name: string | null;
            /** Format: date */
            birthDate: string | null;
        };
        RecordedConsentDto: {
            /**
             * @description person: the person themself (required from 18 for SSP+); guardian: a parent or guardian
             * @enum {string}
             */
            givenBy: "person" | "guardian";
            /**
             * Format: date
             * @description The day the consent was given; not after the decision
             */
            givenOn: string;
            /** @enum {string} */
            form: "written" | "oral";
            /**
             * @description Who consented, in Danish, for people
             * @example forælder eller værge
             */
            givenByText: string;
            /**
             * @description How, in Danish, for people
             * @example skriftligt
             */
            formText: string;
            /** @description The sign-in subject of who recorded the consent (who made the decision) */
            recordedBy: string;
        };
        ReferralDto: {
            /** Format: uuid */
            id: string;
            personPseudonym: string;
            /** @enum {string} */
            receiverBody: "ssp-u" | "ssp-plus" | "familieafdelingen";
            /**
             * @description The receiving body in Danish
             * @example SSP-U (ungdomsuddannelserne)
             */
            receiverName: string;
            /** @enum {string} */
            status: "pending" | "accepted" | "declined";
            /**
             * @description The status in Danish, for people
             * @example venter på svar
             */
            statusText: string;
            /** @description The sign-in subject of who made the decision */
            referredBy: string;
            referredAt: string;
            answeredBy: string | null;
            answeredAt: string | null;
            person: components["schemas"]["ReferredPersonDto"];
            /** @description Why the Monday group refers the person; null once the person is erased */
            reason: string | null;
            consent: components["schemas"]["RecordedConsentDto"] | null;
            /** @description The receiving body's note to the Monday group; null once erased */
            answerNote: string | null;
        };
        AnswerReferralDto: {
            /** @enum {string} */
            answer: "accepted" | "declined";
            /** @description For the Monday group; erased with the person, never published */
            note?: string;
        };
        PersonReferralDto: {
            /** Format: uuid */
            id: string;
            personPseudonym: string;
            /** @enum {string} */
            receiverBody: "ssp-u" | "ssp-plus" | "familieafdelingen";
            /**
             * @description The receiving body in Danish
             * @example SSP-U (ungdomsuddannelserne)
             */
            receiverName: string;
            /** @enum {string} */
            status: "pending" | "accepted" | "declined";
            /**
             * @description The status in Danish, for people
             * @example venter på svar
             */
            statusText: string;
            /** @description The sign-in subject of who made the decision */
            referredBy: string;
            referredAt: string;
            answeredBy: string | null;
            answeredAt: string | null;
            /** Format: uuid */
            decisionId: string;
            reason: string | null;
            consent: components["schemas"]["RecordedConsentDto"] | null;
            answerNote: string | null;
        };
        PersonReferralPageDto: {
            /** @description Pass as `after` for the next page; null on the last page */
            next: string | null;
            /** @description Oldest first */
            items: components["schemas"]["PersonReferralDto"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AuditLogController_page: {
        parameters: {
            query?: {
                /** @description The last seq the receiver already has; 0 for the start. */
                after?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditLogPageDto"];
                };
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuditLogController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChainVerificationDto"];
                };
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OperationsController_overview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperationsStatusDto"];
                };
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OperationsController_deadLetters: {
        parameters: {
            query?: {
                /** @description Rows on the page; at most 200 (400 `page-limit-out-of-range` above) */
                limit?: number;
                /** @description `next` of the previous page; left out for the first page. Opaque: pass it back as it came. */
                after?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WaitingDeadLettersPageDto"];
                };
            };
            /** @description `page-limit-out-of-range`, `page-cursor-unreadable` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OperationsController_resend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResendOutcomeDto"];
                };
            };
            /** @description `dead-letter-id-invalid` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `dead-letter-not-found`: no dead letter of this service has the id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `dead-letter-still-failing` (with `reason`): the handler failed again; it keeps waiting. `dead-letter-invalid` (with `reason`): the message itself is invalid. `dead-letter-content-removed` (with `contentRemoved`): its message was removed by retention or an erasure. `dead-letter-topic-not-handled` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    OperationsController_discard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiscardOutcomeDto"];
                };
            };
            /** @description `dead-letter-id-invalid` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `dead-letter-not-found`: no dead letter of this service has the id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DuplicatesController_duplicates: {
        parameters: {
            query?: {
                /** @description Rows on the page; at most 200 (400 `page-limit-out-of-range` above) */
                limit?: number;
                /** @description `next` of the previous page; left out for the first page. Opaque: pass it back as it came. */
                after?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LikelyDuplicatePageDto"];
                };
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DuplicatesController_merge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pseudonym: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeRequestDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DuplicatesController_unmerge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pseudonym: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DuplicatesController_history: {
        parameters: {
            query?: {
                /** @description Rows on the page; at most 200 (400 `page-limit-out-of-range` above) */
                limit?: number;
                /** @description `next` of the previous page; left out for the first page. Opaque: pass it back as it came. */
                after?: string;
            };
            header?: never;
            path: {
                pseudonym: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MergeHistoryPageDto"];
                };
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PersonSearchController_find: {
        parameters: {
            query: {
                /** @description CPR number, DDMMYY-SSSS or ten digits; alone, not with name or birthDate */
                cpr?: string;
                /** @description Name or part of it: every part given must be among the person's (so a missing middle name or one half of a double name still finds them); æ/ae, ø/oe, å/aa, upper and lower case, hyphens and accents are alike. A plain o does not find ø. */
                name?: string;
                /** @description Birth date, YYYY-MM-DD; alone or with name */
                birthDate?: string;
                /** @description Why the search is made; written to the access log of every person found, and to the search log */
                purpose: "monday-group-meeting" | "case-follow-up" | "data-subject-request";
                /** @description Most persons answered; `more` says there were more */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonSearchResultDto"];
                };
            };
            /** @description No criterion, CPR with other criteria, a bad CPR number, birth date or limit, or no purpose */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchRefusalDto"];
                };
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `search-index-building`: after an upgrade the identities held are being indexed; search again in a few minutes */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchRefusalDto"];
                };
            };
        };
    };
    PersonsController_person: {
        parameters: {
            query: {
                /** @description Why the data is read; written to the access log the person can see */
                purpose: "monday-group-meeting" | "case-follow-up" | "data-subject-request";
            };
            header?: never;
            path: {
                pseudonym: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonDto"];
                };
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PersonsController_accessLogOf: {
        parameters: {
            query?: {
                /** @description Rows on the page; at most 200 (400 `page-limit-out-of-range` above) */
                limit?: number;
                /** @description `next` of the previous page; left out for the first page. Opaque: pass it back as it came. */
                after?: string;
                format?: "json" | "csv";
            };
            header?: never;
            path: {
                pseudonym: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessLogPageDto"];
                };
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AgendaController_agenda: {
        parameters: {
            query?: {
                /** @description Rows on the page; at most 200 (400 `page-limit-out-of-range` above) */
                limit?: number;
                /** @description `next` of the previous page; left out for the first page. Opaque: pass it back as it came. */
                after?: string;
                /** @description The agenda of the first meeting on or after this day; today if left out */
                from?: string;
                /** @description Only persons of at least this priority */
                priority?: number;
                /** @description Only persons with this reason */
                reason?: "serious-offence" | "suspect-or-charged" | "new-incident-during-intervention" | "repeat-within-90-days" | "under-15" | "victim" | "concern" | "follow-up-next-meeting" | "case-reopened" | "concern-from-school" | "concern-from-club" | "concern-from-family-department" | "concern-from-substance-abuse-treatment" | "concern-from-youth-guidance" | "concern-from-ungebasen" | "concern-from-police" | "concern-from-ssp" | "overdue-intervention";
                /** @description Only persons whose newest incident was in this area (an area id of the reference data) */
                area?: string;
                /** @description Only persons with incidents or concerns the group has not yet seen (not those on the agenda only for a follow-up or an overdue intervention) */
                onlyNew?: "true" | "false";
                /** @description urgency: priority, then the newest new incident or concern; newest: the newest new incident or concern first, then priority. Send the same sort with `after`: the cursor holds the key, not the order */
                sort?: "urgency" | "newest";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaDto"];
                };
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AgendaController_page: {
        parameters: {
            query?: {
                /** @description Rows on the page; at most 200 (400 `page-limit-out-of-range` above) */
                limit?: number;
                /** @description `next` of the previous page; left out for the first page. Opaque: pass it back as it came. */
                after?: string;
                /** @description The agenda of the first meeting on or after this day; today if left out */
                from?: string;
                /** @description Only persons of at least this priority */
                priority?: number;
                /** @description Only persons with this reason */
                reason?: "serious-offence" | "suspect-or-charged" | "new-incident-during-intervention" | "repeat-within-90-days" | "under-15" | "victim" | "concern" | "follow-up-next-meeting" | "case-reopened" | "concern-from-school" | "concern-from-club" | "concern-from-family-department" | "concern-from-substance-abuse-treatment" | "concern-from-youth-guidance" | "concern-from-ungebasen" | "concern-from-police" | "concern-from-ssp" | "overdue-intervention";
                /** @description Only persons whose newest incident was in this area (an area id of the reference data) */
                area?: string;
                /** @description Only persons with incidents or concerns the group has not yet seen (not those on the agenda only for a follow-up or an overdue intervention) */
                onlyNew?: "true" | "false";
                /** @description urgency: priority, then the newest new incident or concern; newest: the newest new incident or concern first, then priority. Send the same sort with `after`: the cursor holds the key, not the order */
                sort?: "urgency" | "newest";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RetentionController_retention: {
        parameters: {
            query: {
                /** @description Why the data is read; written to the access log the person can see */
                purpose: "monday-group-meeting" | "case-follow-up" | "data-subject-request";
            };
            header?: never;
            path: {
                pseudonym: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionDto"];
                };
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `person-not-found`: no such person */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    NotesController_notesOf: {
        parameters: {
            query: {
                /** @description Rows on the page; at most 200 (400 `page-limit-out-of-range` above) */
                limit?: number;
                /** @description `next` of the previous page; left out for the first page. Opaque: pass it back as it came. */
                after?: string;
                /** @description Why the data is read; written to the access log the person can see */
                purpose: "monday-group-meeting" | "case-follow-up" | "data-subject-request";
            };
            header?: never;
            path: {
                pseudonym: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotePageDto"];
                };
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `person-not-found`: no such person */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    NotesController_write: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pseudonym: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateNoteDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoteDto"];
                };
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `person-not-found`: no such person, or the person is erased */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    NotesController_search: {
        parameters: {
            query: {
                /** @description Words to find (web-search syntax: "a phrase", or, -not), Danish stemming */
                q: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoteDto"][];
                };
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DecisionsController_list: {
        parameters: {
            query: {
                /** @description Rows on the page; at most 200 (400 `page-limit-out-of-range` above) */
                limit?: number;
                /** @description `next` of the previous page; left out for the first page. Opaque: pass it back as it came. */
                after?: string;
                /** @description Why the data is read; written to the access log the person can see */
                purpose: "monday-group-meeting" | "case-follow-up" | "data-subject-request";
            };
            header?: never;
            path: {
                pseudonym: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionPageDto"];
                };
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `person-not-found`: no such person */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DecisionsController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pseudonym: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDecisionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionDto"];
                };
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `person-not-found`: no such person, or the person is erased; `case-not-found`: the person has no case */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The case is in a state where this decision is not allowed (Danish message) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    DecisionsController_recordAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pseudonym: string;
                decisionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordAssessmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionDto"];
                };
            };
            /** @description `assessment-conclusion-unknown`, or an id in the address that is not one */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `decision-not-found`: the person has no such decision */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `assessment-not-asked`: the decision is no notification; `assessment-already-recorded` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AssessmentsController_list: {
        parameters: {
            query: {
                /** @description Rows on the page; at most 200 (400 `page-limit-out-of-range` above) */
                limit?: number;
                /** @description `next` of the previous page; left out for the first page. Opaque: pass it back as it came. */
                after?: string;
                /** @description Why the data is read; written to the access log the person can see */
                purpose: "monday-group-meeting" | "case-follow-up" | "data-subject-request";
                /** @description Left out: every unanswered one (pending and overdue) */
                status?: "pending" | "overdue" | "answered";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentClockPageDto"];
                };
            };
            /** @description The status, the purpose or the page is asked for wrongly; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    CaseReopeningController_reopen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pseudonym: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReopenCaseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseReopeningDto"];
                };
            };
            /** @description `reopen-reason-unknown` or `reopen-note-invalid`, with a Danish message */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `person-not-found`: no such person, or the person is erased; `case-not-found`: the person has no case */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The case is not closed (Danish message), or the person is merged into another */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MondayMeetingsController_list: {
        parameters: {
            query?: {
                /** @description Rows on the page; at most 200 (400 `page-limit-out-of-range` above) */
                limit?: number;
                /** @description `next` of the previous page; left out for the first page. Opaque: pass it back as it came. */
                after?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MondayMeetingPageDto"];
                };
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MondayMeetingsController_meeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The meeting's id in network groups' calendar: one meeting seen from both services */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MondayMeetingDto"];
                };
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `monday-meeting-not-found`: network groups has scheduled no Monday-group meeting with that id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MondayMeetingsController_open: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The meeting's id in network groups' calendar: one meeting seen from both services */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MondayMeetingDto"];
                };
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `monday-meeting-not-found`: network groups has scheduled no Monday-group meeting with that id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `monday-meeting-not-yet` (before its day), `monday-meeting-already-opened`, `monday-meeting-another-open` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MondayMeetingsController_item: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The meeting's id in network groups' calendar: one meeting seen from both services */
                meetingId: string;
                pseudonym: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OneMeetingItemDto"];
                };
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `monday-meeting-not-found`: network groups has scheduled no Monday-group meeting with that id; `monday-meeting-item-not-found`: the person is not on its frozen agenda */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MondayMeetingsController_markItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The meeting's id in network groups' calendar: one meeting seen from both services */
                meetingId: string;
                pseudonym: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MarkItemDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingItemDto"];
                };
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `monday-meeting-not-found`: network groups has scheduled no Monday-group meeting with that id; `monday-meeting-item-not-found`: the person is not on its frozen agenda */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `monday-meeting-not-open`, `monday-meeting-item-no-decision` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MondayMeetingsController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The meeting's id in network groups' calendar: one meeting seen from both services */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MondayMeetingDto"];
                };
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `monday-meeting-not-found`: network groups has scheduled no Monday-group meeting with that id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `monday-meeting-not-open` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MondayMeetingsController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The meeting's id in network groups' calendar: one meeting seen from both services */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MondayMeetingDto"];
                };
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `monday-meeting-not-found`: network groups has scheduled no Monday-group meeting with that id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `monday-meeting-not-closed`, `monday-meeting-minutes-approved` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MondayMeetingsController_items: {
        parameters: {
            query?: {
                /** @description Rows on the page; at most 200 (400 `page-limit-out-of-range` above) */
                limit?: number;
                /** @description `next` of the previous page; left out for the first page. Opaque: pass it back as it came. */
                after?: string;
            };
            header?: never;
            path: {
                /** @description The meeting's id in network groups' calendar: one meeting seen from both services */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingItemPageDto"];
                };
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `monday-meeting-not-found`: network groups has scheduled no Monday-group meeting with that id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MondayMeetingsController_minutes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The meeting's id in network groups' calendar: one meeting seen from both services */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinutesDto"];
                };
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `monday-meeting-not-found`: network groups has scheduled no Monday-group meeting with that id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MondayMeetingsController_minutesPage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The meeting's id in network groups' calendar: one meeting seen from both services */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `monday-meeting-not-found`: network groups has scheduled no Monday-group meeting with that id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    MondayMeetingsController_minutesPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The meeting's id in network groups' calendar: one meeting seen from both services */
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `monday-meeting-not-found`: network groups has scheduled no Monday-group meeting with that id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    InterventionsController_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pseudonym: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInterventionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterventionDto"];
                };
            };
            /** @description `intervention-owner-not-member`: the responsible is not a member of ownerBody today by the registry; other codes name a field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `person-not-found`: no such person, or the person is erased; `case-not-found`: the person has no case */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No action has been decided in the case (Danish message) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    InterventionsController_list: {
        parameters: {
            query: {
                /** @description Rows on the page; at most 200 (400 `page-limit-out-of-range` above) */
                limit?: number;
                /** @description `next` of the previous page; left out for the first page. Opaque: pass it back as it came. */
                after?: string;
                /** @description Why the data is read; written to the access log the person can see */
                purpose: "monday-group-meeting" | "case-follow-up" | "data-subject-request";
                status?: "agreed" | "in-progress" | "completed";
                /** @description The body that owns them */
                ownerBody?: string;
                /** @description The responsible registry person's, by sign-in subject */
                ownerSubject?: string;
                /** @description true: only open ones past their deadline (Copenhagen day); false: only the others */
                overdue?: "true" | "false";
                /** @description One person's (and those merged into them) */
                pseudonym?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterventionPageDto"];
                };
            };
            /** @description A filter, the purpose or the page is asked for wrongly; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    InterventionsController_mine: {
        parameters: {
            query: {
                /** @description Rows on the page; at most 200 (400 `page-limit-out-of-range` above) */
                limit?: number;
                /** @description `next` of the previous page; left out for the first page. Opaque: pass it back as it came. */
                after?: string;
                /** @description Why the data is read; written to the access log the person can see */
                purpose: "monday-group-meeting" | "case-follow-up" | "data-subject-request";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterventionPageDto"];
                };
            };
            /** @description The purpose or the page is asked for wrongly; the message names it */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    InterventionsController_changeOwner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeInterventionOwnerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterventionDto"];
                };
            };
            /** @description `intervention-owner-not-member`: the new responsible is not a member of the owner body today by the registry */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `intervention-not-found`: no such intervention */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `intervention-owner-completed`: the intervention is completed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    InterventionsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateInterventionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InterventionDto"];
                };
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `intervention-not-found`: no such intervention */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The status change is not allowed (Danish message) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ErasureRequestsController_erase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pseudonym: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateErasureRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasureReceiptDto"];
                };
            };
            /** @description `erasure-reference-invalid`, `erasure-received-on-invalid`, `erasure-received-on-future`, `erasure-grounds-unknown`, `erasure-note-invalid`, `erasure-note-names-person` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `person-not-found`: no such person */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `person-already-erased` (with `earlierReceiptId` when a request erased them); `person-merged` (with `mergedInto`: the request is for the kept person); `erasure-open-intervention`: an intervention is open, and is completed first */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ErasureRequestsController_receipt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasureReceiptDto"];
                };
            };
            /** @description `erasure-receipt-id-invalid` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `erasure-receipt-not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RegisterExtractController_extract: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pseudonym: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisterExtractDto"];
                };
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `person-not-found`: no such person */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    RegisterExtractController_extractPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pseudonym: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `person-not-found`: no such person */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferralsController_list: {
        parameters: {
            query?: {
                /** @description Rows on the page; at most 200 (400 `page-limit-out-of-range` above) */
                limit?: number;
                /** @description `next` of the previous page; left out for the first page. Opaque: pass it back as it came. */
                after?: string;
                /** @description Left out: every status */
                status?: "pending" | "accepted" | "declined";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralSummaryPageDto"];
                };
            };
            /** @description `referrals-status-invalid`, or a page cursor that is not one */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `referral-no-receiving-body`
             *
             *     The role or membership does not allow this.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferralsController_referral: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                referralId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDto"];
                };
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `referral-no-receiving-body`
             *
             *     The role or membership does not allow this.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `referral-not-found`: no such referral to a body the caller sits in */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    ReferralsController_answer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                referralId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerReferralDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralDto"];
                };
            };
            /** @description `referral-answer-invalid`, `referral-answer-note-invalid` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description `referral-no-receiving-body`; `referral-answer-not-receiver`: the Monday group reads the referral, only the receiving body answers it
             *
             *     The role or membership does not allow this.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `referral-not-found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `referral-already-answered` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    PersonReferralsController_list: {
        parameters: {
            query: {
                /** @description Rows on the page; at most 200 (400 `page-limit-out-of-range` above) */
                limit?: number;
                /** @description `next` of the previous page; left out for the first page. Opaque: pass it back as it came. */
                after?: string;
                /** @description Why the data is read; written to the access log the person can see */
                purpose: "monday-group-meeting" | "case-follow-up" | "data-subject-request";
            };
            header?: never;
            path: {
                pseudonym: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonReferralPageDto"];
                };
            };
            /** @description No token, or one that is expired, for another audience or not signed by the issuer. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The role or membership does not allow this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `person-not-found`: no such person */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Rate limit reached. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
