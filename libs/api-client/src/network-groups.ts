/**
 * Generated from docs/openapi/network-groups.json by openapi-typescript (npm run api-client); do not edit.
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
    "/bodies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The SSP bodies: Lokalråd, coordination, network groups, Monday group, SSP-U, SSP+, ad-hoc groups; a page at a time (docs/paging.md) */
        get: operations["BodiesController_list"];
        put?: never;
        /** Creates an ad-hoc group for a task, with its last day (the secretariat); its memberships end with it at the latest */
        post: operations["BodiesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bodies/{bodyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One SSP body: its name, kind, level, area and last day (every reader of the groups sees every body, as in the list) */
        get: operations["BodiesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bodies/{bodyId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A body's members today, for the body's own members; on another day (`on`) for the secretariat only; a page at a time (docs/paging.md) */
        get: operations["BodiesController_members"];
        put?: never;
        /** Adds a membership for a period (the secretariat) */
        post: operations["BodiesController_addMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bodies/{bodyId}/members/{membershipId}": {
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
        /** Changes a membership's role, first or last day (the secretariat); ending a membership is giving it a last day */
        patch: operations["BodiesController_changeMember"];
        trace?: never;
    };
    "/bodies/{bodyId}/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The body's recurring meeting schedules, oldest first, a page at a time (docs/paging.md) */
        get: operations["SchedulesController_list"];
        put?: never;
        /** Adds a recurring schedule (every N weeks on a weekday, or monthly on the n-th weekday, at a Copenhagen wall time); its meetings up to the horizon go in the calendar at once */
        post: operations["SchedulesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bodies/{bodyId}/schedules/{scheduleId}": {
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
        /** Changes a schedule (title, time, length, last day, place): its coming meetings follow, those after a new last day are cancelled, those an earlier last day cancelled come back under a later one, and the members are told */
        patch: operations["SchedulesController_update"];
        trace?: never;
    };
    "/bodies/{bodyId}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The body's meetings whose Copenhagen day is from `from` to `to` (both included) */
        get: operations["MeetingsController_list"];
        put?: never;
        /** Puts a single meeting in the calendar at a Copenhagen day and wall time */
        post: operations["MeetingsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bodies/{bodyId}/meetings/{meetingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A meeting with its agenda, attendance, minutes, decisions and action items */
        get: operations["MeetingsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Moves a meeting that has not begun to another Copenhagen day and time (and place); the members are told, and it is announced again as scheduled */
        patch: operations["MeetingsController_move"];
        trace?: never;
    };
    "/bodies/{bodyId}/meetings/{meetingId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancels a meeting that has not begun, with a reason; its agenda items go to the body's next meeting and the members are told */
        post: operations["MeetingsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bodies/{bodyId}/meetings/{meetingId}/agenda-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Adds an item to the agenda */
        post: operations["MeetingsController_addAgendaItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bodies/{bodyId}/meetings/{meetingId}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Records who was present, absent or excused (members of the body on the meeting day); a person recorded again is corrected */
        put: operations["MeetingsController_recordAttendance"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bodies/{bodyId}/meetings/{meetingId}/minutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Writes (or rewrites) the minutes; no CPR numbers: matters about a young person belong in case coordination */
        put: operations["MeetingsController_writeMinutes"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bodies/{bodyId}/meetings/{meetingId}/minutes/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approves the minutes: the meeting is held, its record closes, and meeting held is published with the counts */
        post: operations["MeetingsController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bodies/{bodyId}/meetings/{meetingId}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Records a decision of the meeting */
        post: operations["MeetingsController_addDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bodies/{bodyId}/meetings/{meetingId}/action-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Agrees an action item with an owner (a member on the meeting day) and a deadline (the meeting day or later) */
        post: operations["MeetingsController_addActionItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bodies/{bodyId}/meetings/{meetingId}/action-items/{actionItemId}": {
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
        /** Marks an action item done (also after the meeting is held) */
        patch: operations["MeetingsController_completeActionItem"];
        trace?: never;
    };
    "/bodies/{bodyId}/action-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The body's action items from all its meetings, by deadline, a page at a time (docs/paging.md) */
        get: operations["MeetingsController_actionItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every network group's meetings whose Copenhagen day is from `from` to `to` (both included), by start, a page at a time (docs/paging.md): for the coordination team and the secretariat */
        get: operations["NetworkGroupMeetingsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bodies/{bodyId}/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issues an iCalendar feed of the body's meetings. Calendar clients subscribe to the URL (GET, no bearer token: the URL is the secret) until the feed is revoked. */
        post: operations["CalendarFeedsController_issueBodyFeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/me/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issues an iCalendar feed of the meetings of every body the signed-in person is a member of on the meeting day. Calendar clients subscribe to the URL (GET, no bearer token: the URL is the secret) until the feed is revoked. */
        post: operations["CalendarFeedsController_issueOwnFeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{personId}/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issues a person's iCalendar feed (the secretariat, e.g. before the person has signed in). Calendar clients subscribe to the URL (GET, no bearer token: the URL is the secret) until the feed is revoked. */
        post: operations["CalendarFeedsController_issuePersonFeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar-feeds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's active feeds (those they issued and their own person's), without their secret URLs; oldest first, a page at a time (docs/paging.md) */
        get: operations["CalendarFeedsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar-feeds/{feedId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revokes a feed the caller issued or that is their own (the secretariat: any); its URL answers 404 from then on */
        delete: operations["CalendarFeedsController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/areas/{areaId}/signals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The area's weekly police incidents per offence category, anonymised: counts below 5 are suppressed */
        get: operations["AreaSignalsController_signals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/areas/{areaId}/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The area's alerts: weeks in which an offence category rose well above its recent level, newest first, a page at a time (docs/paging.md) */
        get: operations["AreaSignalsController_alerts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every area's alerts, newest week first, a page at a time (docs/paging.md): the view across the network groups, for the coordination team and those who see every area */
        get: operations["EveryAreaAlertsController_alerts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/initiatives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The initiatives, newest first, by linked body, area, status and kind; they hold no person data, so every group reader sees them all; a page at a time (docs/paging.md) */
        get: operations["InitiativesController_list"];
        put?: never;
        /** Plans a course, teaching activity, campaign, project or local initiative for bodies and areas (the secretariat) */
        post: operations["InitiativesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/initiatives/{initiativeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One initiative */
        get: operations["InitiativesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Accepts a proposal (planned), launches, completes or cancels an initiative, and changes its texts, days, outcome, participants and materials (the secretariat); launching publishes ssp.initiative.launched.v1 once */
        patch: operations["InitiativesController_update"];
        trace?: never;
    };
    "/bodies/{bodyId}/initiative-proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Proposes an initiative for the body (its members and the secretariat): status proposed, linked to the body and its area; the secretariat accepts it by planning it */
        post: operations["InitiativeProposalsController_propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The professionals the caller may see: everyone for the secretariat; for a member, the current members of their own bodies (and themself); a page at a time (docs/paging.md) */
        get: operations["PeopleController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in person (by the token subject) with all their memberships, past and current */
        get: operations["PeopleController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/people/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person with past and current memberships; a member sees only people of their own bodies, and only the bodies they share */
        get: operations["PeopleController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Links the sign-in (token subject) to a person, or corrects name and e-mail (the secretariat) */
        patch: operations["PeopleController_update"];
        trace?: never;
    };
    "/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The member organisations (the home organisations members link back to), self-governing institutions included; a page at a time (docs/paging.md) */
        get: operations["OrganisationsController_list"];
        put?: never;
        /** Registers a member organisation with its kind (the secretariat) */
        post: operations["OrganisationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in person's notifications, newest first, a page at a time (docs/paging.md) */
        get: operations["NotificationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How the signed-in person's notifications reach them besides the app */
        get: operations["NotificationsController_getPreferences"];
        /** Chooses e-mail at once, a daily digest, or the app only; for notifications from now on */
        put: operations["NotificationsController_setPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notifications/{notificationId}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Marks one of the signed-in person’s notifications read */
        post: operations["NotificationsController_markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bodies/{bodyId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The body's messages, newest first, a page at a time (docs/paging.md); for its own members and the secretariat */
        get: operations["MessagesController_list"];
        put?: never;
        /** Writes to the body's members (its own members and the secretariat); every current member but the sender is notified */
        post: operations["MessagesController_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/operations/emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The e-mail outbox: counts by status, the oldest waiting e-mail, and the e-mails that failed or are unconfirmed, with their last error */
        get: operations["EmailOperationsController_overview"];
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
        BodyDto: {
            /** @example netvaerk-randers-nv */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "local-council" | "leader-group" | "coordination-team" | "network-group" | "monday-group" | "ssp-u" | "ssp-plus" | "family-department" | "ad-hoc" | "secretariat";
            /** @enum {string} */
            level: "strategic" | "coordinating" | "executing";
            /** @description The local area of a network group */
            areaId: string | null;
            /**
             * Format: date
             * @description The last day of an ad-hoc group; null for a standing body
             */
            endsOn: string | null;
        };
        BodyPageDto: {
            /** @description Pass as `after` for the next page; null on the last page */
            next: string | null;
            /** @description By level, then id */
            items: components["schemas"]["BodyDto"][];
        };
        CreateBodyDto: {
            /** @example adhoc-sommerferie-2027 */
            id: string;
            /** @example Ad hoc-gruppe om sommerferien 2027 */
            name: string;
            /**
             * Format: date
             * @description The group's last day; its memberships end then at the latest
             */
            endsOn: string;
        };
        MembershipDto: {
            /** Format: uuid */
            id: string;
            bodyId: string;
            /** @example Netværksgruppe Randers NV */
            bodyName: string;
            /** Format: uuid */
            personId: string;
            personName: string;
            email: string;
            /** Format: uuid */
            organisationId: string;
            /** @description The home organisation the member links back to ("bagland") */
            organisation: string;
            /** @example member */
            role: string;
            /** Format: date */
            validFrom: string;
            /** Format: date */
            validTo: string | null;
        };
        MembershipPageDto: {
            /** @description Pass as `after` for the next page; null on the last page */
            next: string | null;
            /** @description By the member's name, then the membership's first day */
            items: components["schemas"]["MembershipDto"][];
        };
        AddMembershipDto: {
            personName: string;
            email: string;
            organisation: string;
            /** @example member */
            role: string;
            /** Format: date */
            validFrom: string;
            /** Format: date */
            validTo?: string | null;
        };
        ChangeMembershipDto: {
            /** @example chair */
            role?: string;
            /** Format: date */
            validFrom?: string;
            /**
             * Format: date
             * @description The last day of the membership; null makes it open-ended again
             */
            validTo?: string | null;
        };
        ScheduleDto: {
            /** Format: uuid */
            id: string;
            bodyId: string;
            title: string;
            /** @enum {string} */
            recurrence: "weekly" | "monthly";
            intervalWeeks: number | null;
            /** @enum {number|null} */
            weekOfMonth: 1 | 2 | 3 | 4 | -1 | null;
            weekday: number;
            /** @example 14:00 */
            startTime: string;
            durationMinutes: number;
            /** Format: date */
            firstDay: string;
            /** Format: date */
            until: string | null;
            location: string | null;
            /** @description The Monday group schedule seeded at start-up says monday-group */
            seed: string | null;
            createdAt: string;
        };
        SchedulePageDto: {
            /** @description Pass as `after` for the next page; null on the last page */
            next: string | null;
            /** @description Oldest first */
            items: components["schemas"]["ScheduleDto"][];
        };
        CreateScheduleDto: {
            /** @example Netværksmøde */
            title: string;
            /**
             * @description weekly: every intervalWeeks weeks on the weekday; monthly: on the weekOfMonth-th weekday of each month
             * @enum {string}
             */
            recurrence: "weekly" | "monthly";
            /** @description Weekly schedules only: 1 every week, 2 every other week, … */
            intervalWeeks?: number;
            /**
             * @description Monthly schedules only: 1 to 4, or -1 for the last such weekday of the month
             * @enum {number}
             */
            weekOfMonth?: 1 | 2 | 3 | 4 | -1;
            /** @description ISO weekday: 1 Monday … 7 Sunday */
            weekday: number;
            /**
             * @description Wall time in Copenhagen
             * @example 16:00
             */
            startTime: string;
            /** @example 120 */
            durationMinutes: number;
            /**
             * Format: date
             * @description No meeting before this day
             */
            firstDay: string;
            /**
             * Format: date
             * @description No meeting after this day; left out, the schedule runs on
             */
            until?: string | null;
            location?: string | null;
        };
        UpdateScheduleDto: {
            title?: string;
            /**
             * @description Wall time in Copenhagen, for the meetings from now on
             * @example 16:00
             */
            startTime?: string;
            durationMinutes?: number;
            /**
             * Format: date
             * @description The last day with a meeting; null: the schedule runs on. Later meetings are cancelled
             */
            until?: string | null;
            location?: string | null;
        };
        MeetingDto: {
            /** Format: uuid */
            id: string;
            bodyId: string;
            /**
             * Format: uuid
             * @description Null for a single meeting
             */
            scheduleId: string | null;
            title: string;
            location: string | null;
            /** @description UTC instant */
            startsAt: string;
            /** @description UTC instant */
            endsAt: string;
            /**
             * Format: date
             * @description The Copenhagen day
             */
            day: string;
            /**
             * @description The Copenhagen wall time
             * @example 14:00
             */
            startTime: string;
            /**
             * @description held once the minutes are approved; cancelled with a reason
             * @enum {string}
             */
            status: "scheduled" | "held" | "cancelled";
            /** @description When it was cancelled */
            cancelledAt: string | null;
            /** @description Why it was cancelled */
            cancelReason: string | null;
            /** @description When it was last moved by hand; a change of its schedule leaves it be from then on */
            movedAt: string | null;
        };
        CreateMeetingDto: {
            title: string;
            /**
             * Format: date
             * @description The Copenhagen day: within a year before and two years after today
             */
            day: string;
            /**
             * @description Wall time in Copenhagen
             * @example 16:00
             */
            startTime: string;
            durationMinutes: number;
            location?: string | null;
        };
        AgendaItemDto: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description Null while it waits for the body to have an upcoming meeting
             */
            meetingId: string | null;
            bodyId: string;
            title: string;
            description: string | null;
            /**
             * @description manual, or the module that added it (e.g. 'area-alert')
             * @example manual
             */
            source: string;
            sourceId: string | null;
            createdAt: string;
        };
        AttendanceDto: {
            /** Format: uuid */
            personId: string;
            personName: string;
            /** @enum {string} */
            status: "present" | "absent" | "excused";
            recordedAt: string;
        };
        DecisionDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            meetingId: string;
            text: string;
            createdAt: string;
        };
        ActionItemDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            meetingId: string;
            bodyId: string;
            title: string;
            /** Format: uuid */
            ownerPersonId: string;
            ownerName: string;
            /** Format: date */
            deadline: string;
            /** @enum {string} */
            status: "open" | "done";
            doneAt: string | null;
            createdAt: string;
        };
        MeetingDetailDto: {
            /** Format: uuid */
            id: string;
            bodyId: string;
            /**
             * Format: uuid
             * @description Null for a single meeting
             */
            scheduleId: string | null;
            title: string;
            location: string | null;
            /** @description UTC instant */
            startsAt: string;
            /** @description UTC instant */
            endsAt: string;
            /**
             * Format: date
             * @description The Copenhagen day
             */
            day: string;
            /**
             * @description The Copenhagen wall time
             * @example 14:00
             */
            startTime: string;
            /**
             * @description held once the minutes are approved; cancelled with a reason
             * @enum {string}
             */
            status: "scheduled" | "held" | "cancelled";
            /** @description When it was cancelled */
            cancelledAt: string | null;
            /** @description Why it was cancelled */
            cancelReason: string | null;
            /** @description When it was last moved by hand; a change of its schedule leaves it be from then on */
            movedAt: string | null;
            agenda: components["schemas"]["AgendaItemDto"][];
            attendance: components["schemas"]["AttendanceDto"][];
            minutes: string | null;
            minutesApprovedAt: string | null;
            decisions: components["schemas"]["DecisionDto"][];
            actionItems: components["schemas"]["ActionItemDto"][];
        };
        MoveMeetingDto: {
            /**
             * Format: date
             * @description The new Copenhagen day: within a year before and two years after today
             */
            day: string;
            /**
             * @description Wall time in Copenhagen
             * @example 16:00
             */
            startTime: string;
            /** @description Left out, the meeting keeps its length */
            durationMinutes?: number;
            location?: string | null;
        };
        CancelMeetingDto: {
            /** @example For få kan deltage */
            reason: string;
        };
        AddAgendaItemDto: {
            title: string;
            description?: string | null;
        };
        AttendanceEntryDto: {
            /**
             * Format: uuid
             * @description A member of the body on the meeting day
             */
            personId: string;
            /** @enum {string} */
            status: "present" | "absent" | "excused";
        };
        RecordAttendanceDto: {
            entries: components["schemas"]["AttendanceEntryDto"][];
        };
        WriteMinutesDto: {
            text: string;
        };
        AddDecisionDto: {
            text: string;
        };
        AddActionItemDto: {
            title: string;
            /**
             * Format: uuid
             * @description A member of the body on the meeting day
             */
            ownerPersonId: string;
            /**
             * Format: date
             * @description The meeting day or later
             */
            deadline: string;
        };
        UpdateActionItemDto: {
            /** @enum {string} */
            status: "done";
        };
        ActionItemPageDto: {
            /** @description Pass as `after` for the next page; null on the last page */
            next: string | null;
            /** @description By deadline */
            items: components["schemas"]["ActionItemDto"][];
        };
        NetworkGroupMeetingDto: {
            /** Format: uuid */
            id: string;
            bodyId: string;
            /**
             * Format: uuid
             * @description Null for a single meeting
             */
            scheduleId: string | null;
            title: string;
            location: string | null;
            /** @description UTC instant */
            startsAt: string;
            /** @description UTC instant */
            endsAt: string;
            /**
             * Format: date
             * @description The Copenhagen day
             */
            day: string;
            /**
             * @description The Copenhagen wall time
             * @example 14:00
             */
            startTime: string;
            /**
             * @description held once the minutes are approved; cancelled with a reason
             * @enum {string}
             */
            status: "scheduled" | "held" | "cancelled";
            /** @description When it was cancelled */
            cancelledAt: string | null;
            /** @description Why it was cancelled */
            cancelReason: string | null;
            /** @description When it was last moved by hand; a change of its schedule leaves it be from then on */
            movedAt: string | null;
            /** @example Netværksgruppe Langå */
            bodyName: string;
            /** @example langaa */
            areaId: string | null;
        };
        NetworkGroupMeetingPageDto: {
            /** @description Pass as `after` for the next page; null on the last page */
            next: string | null;
            /** @description By start, then id */
            items: components["schemas"]["NetworkGroupMeetingDto"][];
        };
        IssuedCalendarFeedDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description A body's meetings, or the meetings of every body a person is a member of on the meeting day
             * @enum {string}
             */
            kind: "body" | "person";
            bodyId: string | null;
            /** Format: uuid */
            personId: string | null;
            createdAt: string;
            /** @description The subscription URL with its secret token; shown once, only its hash is kept */
            url: string;
            /**
             * @description The same, relative to this service
             * @example /calendar/…ics
             */
            path: string;
        };
        CalendarFeedDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description A body's meetings, or the meetings of every body a person is a member of on the meeting day
             * @enum {string}
             */
            kind: "body" | "person";
            bodyId: string | null;
            /** Format: uuid */
            personId: string | null;
            createdAt: string;
        };
        CalendarFeedPageDto: {
            /** @description Pass as `after` for the next page; null on the last page */
            next: string | null;
            /** @description Oldest first */
            items: components["schemas"]["CalendarFeedDto"][];
        };
        WeeklyCountDto: {
            /**
             * Format: date
             * @description The Monday that starts the ISO week
             */
            weekStart: string;
            /** @example violence */
            offenceCategory: string;
            /**
             * @description The category's Danish name as the reference data has it now
             * @example Vold
             */
            offenceCategoryText: string;
            /** @description Distinct police incidents; null when suppressed (below 5) */
            count: number | null;
            suppressed: boolean;
        };
        AreaSignalsDto: {
            areaId: string;
            /**
             * @description The area's Danish name
             * @example Randers NV
             */
            areaName: string;
            /**
             * Format: date
             * @description The Monday of the first week covered
             */
            from: string;
            /**
             * Format: date
             * @description The Monday of the last week covered
             */
            to: string;
            /**
             * @description Counts below this are suppressed
             * @example 5
             */
            suppressedBelow: number;
            /** @description Weeks and categories with at least one incident; the others had none */
            counts: components["schemas"]["WeeklyCountDto"][];
        };
        AreaAlertDto: {
            /** Format: uuid */
            alertId: string;
            areaId: string;
            /**
             * @description The area's Danish name
             * @example Randers NV
             */
            areaName: string;
            offenceCategory: string;
            /**
             * @description The category's Danish name as the reference data has it now
             * @example Vold
             */
            offenceCategoryText: string;
            /**
             * Format: date
             * @description The Monday that starts the ISO week
             */
            weekStart: string;
            /** @description Distinct police incidents in the week when the alert was raised */
            count: number;
            /** Format: date-time */
            raisedAt: string;
        };
        AreaAlertPageDto: {
            /** @description Pass as `after` for the next page; null on the last page */
            next: string | null;
            /** @description Newest week first */
            items: components["schemas"]["AreaAlertDto"][];
        };
        CreateInitiativeDto: {
            /** @enum {string} */
            kind: "course" | "teaching-activity" | "campaign" | "project" | "other";
            /** @example Kampagne om knive i nattelivet */
            title: string;
            /** @description What it is, for whom and why now; never about named young people */
            description?: string;
            /** Format: date */
            startsOn?: string;
            /**
             * Format: date
             * @description On or after startsOn
             */
            endsOn?: string;
            /**
             * @description The SSP bodies it is for or run by, by id
             * @example [
             *       "netvaerk-randers-nv"
             *     ]
             */
            bodyIds: string[];
            /**
             * @description The local areas it is for, by id
             * @example [
             *       "randers-nv"
             *     ]
             */
            areaIds: string[];
        };
        InitiativeDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "course" | "teaching-activity" | "campaign" | "project" | "other";
            /**
             * @description The kind's Danish name, as it reads inside a sentence
             * @example undervisningsforløb
             */
            kindText: string;
            title: string;
            description: string | null;
            /** @enum {string} */
            status: "proposed" | "planned" | "launched" | "completed" | "cancelled";
            /**
             * @description The status's Danish name, as it reads inside a sentence
             * @example i gang
             */
            statusText: string;
            bodyIds: string[];
            /** @description The bodies' names, in the order of bodyIds */
            bodyNames: string[];
            /** @description The areas' names in the reference data (an id it does not name as it is), in the order of areaIds */
            areaNames: string[];
            /** @description The body whose member proposed it; null when the secretariat planned it */
            proposedByBodyId: string | null;
            /** @description That body's name */
            proposedByBodyName: string | null;
            /** @description What came of it */
            outcome: string | null;
            /** @description Who took part and how many */
            participants: string | null;
            /** @description Titles or addresses of its materials */
            materials: string[];
            areaIds: string[];
            /** Format: date */
            startsOn: string | null;
            /** Format: date */
            endsOn: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            launchedAt: string | null;
            /** Format: date-time */
            completedAt: string | null;
            /** Format: date-time */
            cancelledAt: string | null;
        };
        InitiativePageDto: {
            /** @description Pass as `after` for the next page; null on the last page */
            next: string | null;
            /** @description Newest first */
            items: components["schemas"]["InitiativeDto"][];
        };
        UpdateInitiativeDto: {
            /**
             * @description proposed → planned → launched → completed; proposed, planned or launched → cancelled
             * @enum {string}
             */
            status?: "proposed" | "planned" | "launched" | "completed" | "cancelled";
            title?: string;
            description?: string | null;
            /** Format: date */
            startsOn?: string | null;
            /**
             * Format: date
             * @description On or after startsOn
             */
            endsOn?: string | null;
            /** @description What came of it */
            outcome?: string | null;
            /** @description Who took part and how many, e.g. "7. klasserne på Vestervangsskolen, 112 elever"; never named young people */
            participants?: string | null;
            /** @description The materials, each a title or an address; the list replaces the one before */
            materials?: string[];
        };
        ProposeInitiativeDto: {
            /** @enum {string} */
            kind: "course" | "teaching-activity" | "campaign" | "project" | "other";
            /** @example Kampagne om knive i nattelivet */
            title: string;
            /** @description What it is, for whom and why now; never about named young people */
            description?: string;
            /** Format: date */
            startsOn?: string;
            /**
             * Format: date
             * @description On or after startsOn
             */
            endsOn?: string;
        };
        PersonSummaryDto: {
            /** Format: uuid */
            id: string;
            name: string;
            email: string;
        };
        PersonPageDto: {
            /** @description Pass as `after` for the next page; null on the last page */
            next: string | null;
            /** @description By name, in any case */
            items: components["schemas"]["PersonSummaryDto"][];
        };
        PersonDto: {
            /** Format: uuid */
            id: string;
            name: string;
            email: string;
            /** @description Whether a sign-in (the token subject) is linked to the person */
            signInLinked: boolean;
            /** @description The linked sign-in subject; only for the secretariat and the person themself */
            subject?: string;
            /** @description Past and current memberships the caller may see: all for the secretariat and oneself, the shared bodies for a colleague */
            memberships: components["schemas"]["MembershipDto"][];
        };
        UpdatePersonDto: {
            /** @description The sign-in to link (the token's `sub`); null unlinks */
            subject?: string | null;
            name?: string;
            email?: string;
        };
        OrganisationDto: {
            /** Format: uuid */
            id: string;
            /** @example Vestervangskolen */
            name: string;
            /** @enum {string} */
            kind: "school" | "youth-school" | "club" | "institution" | "health-visitors" | "police" | "family-department" | "substance-abuse" | "youth-guidance" | "education" | "secretariat" | "other";
            /** @description A self-governing institution (selvejende institution), not part of the municipality */
            selfGoverning: boolean;
        };
        OrganisationPageDto: {
            /** @description Pass as `after` for the next page; null on the last page */
            next: string | null;
            /** @description By name, in any case */
            items: components["schemas"]["OrganisationDto"][];
        };
        CreateOrganisationDto: {
            /** @example Ungdomshuset Tirsdalen */
            name: string;
            /** @enum {string} */
            kind: "school" | "youth-school" | "club" | "institution" | "health-visitors" | "police" | "family-department" | "substance-abuse" | "youth-guidance" | "education" | "secretariat" | "other";
            /** @description A self-governing institution (selvejende institution) */
            selfGoverning: boolean;
        };
        NotificationDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "message" | "new-agenda" | "area-alert" | "action-item-due" | "intervention-assigned" | "intervention-due-soon" | "intervention-overdue" | "referral-received" | "referral-answered" | "meeting-moved" | "meeting-cancelled";
            subject: string;
            text: string;
            /** @description A path in the app */
            link: string | null;
            bodyId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            readAt: string | null;
            /**
             * @description How it was delivered besides the app, by the preference when it was written
             * @enum {string}
             */
            delivery: "email" | "digest" | "in-app";
        };
        NotificationPageDto: {
            /** @description Pass as `after` for the next page; null on the last page */
            next: string | null;
            /** @description Newest first */
            items: components["schemas"]["NotificationDto"][];
        };
        PreferencesDto: {
            /**
             * @description immediate: an e-mail per notification; daily-digest: one e-mail a day; in-app: no e-mail
             * @enum {string}
             */
            delivery: "immediate" | "daily-digest" | "in-app";
            /**
             * @description When the daily digest goes out
             * @example 07:00
             */
            digestTime: string;
            /** @example Europe/Copenhagen */
            timeZone: string;
            /** @description False until the person has chosen; the default then applies */
            chosen: boolean;
        };
        UpdatePreferencesDto: {
            /** @enum {string} */
            delivery: "immediate" | "daily-digest" | "in-app";
        };
        PostMessageDto: {
            /** @description To professionals of the body; never about a named child or young person */
            text: string;
        };
        PostedMessageDto: {
            /** Format: uuid */
            id: string;
            bodyId: string;
            /** Format: uuid */
            senderPersonId: string;
            senderName: string;
            text: string;
            /** Format: date-time */
            createdAt: string;
            /** @description How many current members were notified (all but the sender) */
            notified: number;
        };
        MessageDto: {
            /** Format: uuid */
            id: string;
            bodyId: string;
            /** Format: uuid */
            senderPersonId: string;
            senderName: string;
            text: string;
            /** Format: date-time */
            createdAt: string;
        };
        MessagePageDto: {
            /** @description Pass as `after` for the next page; null on the last page */
            next: string | null;
            /** @description Newest first */
            items: components["schemas"]["MessageDto"][];
        };
        EmailCountsDto: {
            queued: number;
            sent: number;
            /** @description The sender stopped between the end of the data and the server’s answer; not sent again. Check the mail server’s log for the Message-ID. */
            unconfirmed: number;
            /** @description Refused for good, or out of attempts */
            failed: number;
        };
        EmailProblemDto: {
            /** Format: uuid */
            id: string;
            /** @example <0d4c…@randers.dk> */
            messageId: string;
            /** @enum {string} */
            kind: "notification" | "digest";
            /** @enum {string} */
            status: "queued" | "unconfirmed" | "failed";
            attempts: number;
            lastError: string | null;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description When a queued e-mail is tried next
             */
            nextAttemptAt: string | null;
        };
        EmailOperationsDto: {
            counts: components["schemas"]["EmailCountsDto"];
            /**
             * Format: date-time
             * @description The oldest e-mail still waiting to be sent
             */
            oldestQueuedAt: string | null;
            /** @description The latest 100 e-mails that failed, are unconfirmed, or are queued after a failed attempt; no recipient, no content */
            problems: components["schemas"]["EmailProblemDto"][];
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
    BodiesController_list: {
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
                    "application/json": components["schemas"]["BodyPageDto"];
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
    BodiesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBodyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BodyDto"];
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
            /** @description A body with this id exists (`body-id-taken`) */
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
    BodiesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
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
                    "application/json": components["schemas"]["BodyDto"];
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
            /** @description No such body */
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
    BodiesController_members: {
        parameters: {
            query?: {
                /** @description Rows on the page; at most 200 (400 `page-limit-out-of-range` above) */
                limit?: number;
                /** @description `next` of the previous page; left out for the first page. Opaque: pass it back as it came. */
                after?: string;
                /** @description Members on this day; today if left out */
                on?: string;
            };
            header?: never;
            path: {
                bodyId: string;
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
                    "application/json": components["schemas"]["MembershipPageDto"];
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
             * @description Another day than today, asked by someone who does not manage the bodies
             *
             *     The role or membership does not allow this.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such body */
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
    BodiesController_addMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddMembershipDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipDto"];
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
            /** @description No such body */
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
    BodiesController_changeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
                membershipId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeMembershipDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipDto"];
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
            /** @description No such body, or no such membership of it */
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
    SchedulesController_list: {
        parameters: {
            query?: {
                /** @description Rows on the page; at most 200 (400 `page-limit-out-of-range` above) */
                limit?: number;
                /** @description `next` of the previous page; left out for the first page. Opaque: pass it back as it came. */
                after?: string;
            };
            header?: never;
            path: {
                bodyId: string;
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
                    "application/json": components["schemas"]["SchedulePageDto"];
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
            /** @description No such body */
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
    SchedulesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateScheduleDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleDto"];
                };
            };
            /** @description A field is missing or wrong; the message names it */
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
            /** @description No such body */
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
    SchedulesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
                scheduleId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateScheduleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleDto"];
                };
            };
            /** @description Nothing to change, or a field is wrong; the message names it */
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
            /** @description No such schedule in this body */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The Monday group's schedule would end before meetings already in the calendar (monday-group-schedule-end-cancels-meetings) */
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
    MeetingsController_list: {
        parameters: {
            query?: {
                /** @description First Copenhagen day, included; today if left out */
                from?: string;
                /** @description Last Copenhagen day, included; the scheduling horizon if left out */
                to?: string;
            };
            header?: never;
            path: {
                bodyId: string;
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
                    "application/json": components["schemas"]["MeetingDto"][];
                };
            };
            /** @description A day is wrong, to is before from, or the range is over two years */
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
            /** @description No such body */
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
    MeetingsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMeetingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDto"];
                };
            };
            /** @description A field is missing or wrong; the message names it */
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
            /** @description No such body */
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
    MeetingsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
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
                    "application/json": components["schemas"]["MeetingDetailDto"];
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
            /** @description No such meeting in this body */
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
    MeetingsController_move: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveMeetingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDetailDto"];
                };
            };
            /** @description A field is wrong, or the new time is not ahead */
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
            /** @description No such meeting in this body */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The meeting has begun, is held or is cancelled */
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
    MeetingsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelMeetingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDetailDto"];
                };
            };
            /** @description No reason, or a CPR number in it */
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
            /** @description No such meeting in this body */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The meeting has begun, is held or cancelled already, or is the Monday group's */
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
    MeetingsController_addAgendaItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddAgendaItemDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaItemDto"];
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
            /** @description No such meeting in this body */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The minutes are approved (the meeting is held); its record can no longer change */
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
    MeetingsController_recordAttendance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordAttendanceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceDto"][];
                };
            };
            /** @description An entry is wrong or names someone who is not a member on the day */
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
            /** @description No such meeting in this body */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The minutes are approved (the meeting is held); its record can no longer change */
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
    MeetingsController_writeMinutes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WriteMinutesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDetailDto"];
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
            /** @description No such meeting in this body */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The minutes are approved (the meeting is held); its record can no longer change */
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
    MeetingsController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
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
                    "application/json": components["schemas"]["MeetingDetailDto"];
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
            /** @description No such meeting in this body */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Already approved, the meeting has not begun, or there are no minutes */
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
    MeetingsController_addDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddDecisionDto"];
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
            /** @description No such meeting in this body */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The minutes are approved (the meeting is held); its record can no longer change */
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
    MeetingsController_addActionItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddActionItemDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionItemDto"];
                };
            };
            /** @description A field is wrong, the owner is not a member, or the deadline is before the meeting */
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
            /** @description No such meeting in this body */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The minutes are approved (the meeting is held); its record can no longer change */
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
    MeetingsController_completeActionItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
                meetingId: string;
                actionItemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateActionItemDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionItemDto"];
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
            /** @description No such action item in this meeting */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The action item is already done */
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
    MeetingsController_actionItems: {
        parameters: {
            query?: {
                /** @description Rows on the page; at most 200 (400 `page-limit-out-of-range` above) */
                limit?: number;
                /** @description `next` of the previous page; left out for the first page. Opaque: pass it back as it came. */
                after?: string;
                status?: "open" | "done";
            };
            header?: never;
            path: {
                bodyId: string;
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
                    "application/json": components["schemas"]["ActionItemPageDto"];
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
            /** @description No such body */
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
    NetworkGroupMeetingsController_list: {
        parameters: {
            query?: {
                /** @description First Copenhagen day, included; today if left out */
                from?: string;
                /** @description Last Copenhagen day, included; the scheduling horizon if left out */
                to?: string;
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
                    "application/json": components["schemas"]["NetworkGroupMeetingPageDto"];
                };
            };
            /** @description A day is wrong, to is before from, the range is over two years, or the page is asked for wrongly */
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
    CalendarFeedsController_issueBodyFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedCalendarFeedDto"];
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
            /** @description No such body */
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
    CalendarFeedsController_issueOwnFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedCalendarFeedDto"];
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
            /** @description No person is linked to this sign-in yet */
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
    CalendarFeedsController_issuePersonFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedCalendarFeedDto"];
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
            /** @description No such person */
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
    CalendarFeedsController_list: {
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
                    "application/json": components["schemas"]["CalendarFeedPageDto"];
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
    CalendarFeedsController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                feedId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
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
            /** @description No active feed of the caller with that id */
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
    AreaSignalsController_signals: {
        parameters: {
            query?: {
                /** @description A day in the first week; twelve weeks up to `to` if left out */
                from?: string;
                /** @description A day in the last week; today (Copenhagen) if left out. At most 104 weeks after `from` */
                to?: string;
            };
            header?: never;
            path: {
                areaId: string;
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
                    "application/json": components["schemas"]["AreaSignalsDto"];
                };
            };
            /** @description from or to is not a day, from is after to, or the range spans more than 104 weeks */
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
            /** @description No such local area */
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
    AreaSignalsController_alerts: {
        parameters: {
            query?: {
                /** @description Rows on the page; at most 200 (400 `page-limit-out-of-range` above) */
                limit?: number;
                /** @description `next` of the previous page; left out for the first page. Opaque: pass it back as it came. */
                after?: string;
            };
            header?: never;
            path: {
                areaId: string;
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
                    "application/json": components["schemas"]["AreaAlertPageDto"];
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
            /** @description No such local area */
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
    EveryAreaAlertsController_alerts: {
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
                    "application/json": components["schemas"]["AreaAlertPageDto"];
                };
            };
            /** @description The page is asked for wrongly */
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
    InitiativesController_list: {
        parameters: {
            query?: {
                /** @description Rows on the page; at most 200 (400 `page-limit-out-of-range` above) */
                limit?: number;
                /** @description `next` of the previous page; left out for the first page. Opaque: pass it back as it came. */
                after?: string;
                /** @description Only initiatives linked to this body */
                bodyId?: string;
                /** @description Only initiatives linked to this area */
                areaId?: string;
                status?: "proposed" | "planned" | "launched" | "completed" | "cancelled";
                kind?: "course" | "teaching-activity" | "campaign" | "project" | "other";
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
                    "application/json": components["schemas"]["InitiativePageDto"];
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
    InitiativesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInitiativeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InitiativeDto"];
                };
            };
            /** @description A field is missing or wrong, or names a body or area that does not exist */
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
    InitiativesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                initiativeId: string;
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
                    "application/json": components["schemas"]["InitiativeDto"];
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
            /** @description No such initiative */
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
    InitiativesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                initiativeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateInitiativeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InitiativeDto"];
                };
            };
            /** @description Nothing to change, a field is wrong, or the end would come before the start */
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
            /** @description No such initiative */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The status change is not allowed from the current status (the message says which are) */
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
    InitiativeProposalsController_propose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposeInitiativeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InitiativeDto"];
                };
            };
            /** @description A field is missing or wrong */
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
            /** @description No such body */
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
    PeopleController_list: {
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
                    "application/json": components["schemas"]["PersonPageDto"];
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
    PeopleController_me: {
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
            /** @description No person is linked to this sign-in yet */
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
    PeopleController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                personId: string;
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
            /** @description No such person, or not one the caller may see */
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
    PeopleController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePersonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonDto"];
                };
            };
            /** @description Nothing to change, or a field is invalid */
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
            /** @description No such person */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The subject or e-mail belongs to another person */
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
    OrganisationsController_list: {
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
                    "application/json": components["schemas"]["OrganisationPageDto"];
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
    OrganisationsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganisationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationDto"];
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
            /** @description An organisation with this name (in any case) exists */
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
    NotificationsController_list: {
        parameters: {
            query?: {
                /** @description Rows on the page; at most 200 (400 `page-limit-out-of-range` above) */
                limit?: number;
                /** @description `next` of the previous page; left out for the first page. Opaque: pass it back as it came. */
                after?: string;
                show?: "unread" | "all";
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
                    "application/json": components["schemas"]["NotificationPageDto"];
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
            /** @description No person in the registry is linked to the sign-in */
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
    NotificationsController_getPreferences: {
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
                    "application/json": components["schemas"]["PreferencesDto"];
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
            /** @description No person in the registry is linked to the sign-in */
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
    NotificationsController_setPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePreferencesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PreferencesDto"];
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
            /** @description No person in the registry is linked to the sign-in */
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
    NotificationsController_markRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                notificationId: string;
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
                    "application/json": components["schemas"]["NotificationDto"];
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
            /** @description No such notification of the signed-in person */
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
    MessagesController_list: {
        parameters: {
            query?: {
                /** @description Rows on the page; at most 200 (400 `page-limit-out-of-range` above) */
                limit?: number;
                /** @description `next` of the previous page; left out for the first page. Opaque: pass it back as it came. */
                after?: string;
            };
            header?: never;
            path: {
                bodyId: string;
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
                    "application/json": components["schemas"]["MessagePageDto"];
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
            /** @description No such body */
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
    MessagesController_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostMessageDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostedMessageDto"];
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
            /** @description No such body, or no person in the registry is linked to the sign-in */
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
    EmailOperationsController_overview: {
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
                    "application/json": components["schemas"]["EmailOperationsDto"];
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
}
