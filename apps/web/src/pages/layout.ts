import { isRole, Permission, permissionsOf } from '@ssp/platform';
import { formToken } from './forms';
import { html, type Html } from './html';

/** Who the header names, the roles the menu follows and the form token its sign-out button carries; absent before sign-in. */
export interface SignedInHeader {
  name: string | null;
  subject: string;
  roles: readonly string[];
  formToken: string;
}

export interface PageFrame {
  title: string;
  main: Html;
  signedIn?: SignedInHeader | null;
  /** The menu item to mark as the current page. */
  current?: MenuKey;
}

interface MenuItem {
  key: string;
  href: string;
  text: string;
  /** Shown only to those whose roles grant one of these; without, to everyone signed in. */
  for?: readonly Permission[];
}

/**
 * The main menu after sign-in, in order. An item is shown to those whose roles could use it;
 * that is a convenience only: the services decide what each person may see and do there.
 */
const MENU = [
  { key: 'front', href: '/', text: 'Forside' },
  { key: 'agenda', href: '/dagsorden', text: 'Mandagsgruppens dagsorden', for: [Permission.personDataRead] },
  { key: 'meetings', href: '/moeder', text: 'Møder', for: [Permission.personDataRead] },
  { key: 'search', href: '/soeg', text: 'Søg efter et barn', for: [Permission.personDataRead] },
  { key: 'concern', href: '/bekymringer/ny', text: 'Rejs en bekymring', for: [Permission.concernRaise] },
  { key: 'policeLists', href: '/politilister', text: 'Politilister', for: [Permission.policeListRead] },
  { key: 'followUp', href: '/opfoelgning/mine-opgaver', text: 'Opfølgning', for: [Permission.personDataRead, Permission.assessmentRecord, Permission.referralReceive] },
  { key: 'networkGroups', href: '/netvaerksgrupper', text: 'Netværksgrupper', for: [Permission.groupsRead] },
  { key: 'initiatives', href: '/initiativer', text: 'Initiativer', for: [Permission.groupsRead] },
  // The coordination team (the seeds: SSP consultant, police, substance-abuse centre, family department, secretariat); network groups decides.
  { key: 'overview', href: '/overblik', text: 'Overblik', for: [Permission.groupsManage, Permission.personDataRead] },
  { key: 'registry', href: '/register/personer', text: 'Register', for: [Permission.groupsManage] },
  { key: 'statistics', href: '/statistik', text: 'Statistik', for: [Permission.statisticsFull, Permission.statisticsSuppressed, Permission.statisticsArea] },
  { key: 'operations', href: '/drift', text: 'Drift', for: [Permission.operationsRead] },
] as const satisfies readonly MenuItem[];

export type MenuKey = (typeof MENU)[number]['key'];

/** The menu items the person's roles could use, in order. */
export function menuFor(roles: readonly string[]): readonly MenuItem[] {
  const permissions = permissionsOf(roles.filter(isRole));
  return (MENU as readonly MenuItem[]).filter((item) => item.for === undefined || item.for.some((permission) => permissions.has(permission)));
}

export const STYLESHEET = '/static/dkfds/css/dkfds.min.css';

function menu(signedIn: SignedInHeader, current: PageFrame['current']): Html {
  const item = ({ href, key, text }: MenuItem) =>
    current === key
      ? html`<li class="active current"><a href="${href}" class="nav-link" aria-current="page"><span>${text}</span></a></li>`
      : html`<li><a href="${href}" class="nav-link"><span>${text}</span></a></li>`;
  return html`<div class="navigation-menu">
      <div class="navigation-menu-inner container">
        <nav class="nav" aria-label="Hovedmenu">
          <ul class="mainmenu">${menuFor(signedIn.roles).map(item)}</ul>
        </nav>
      </div>
    </div>`;
}

function signOutForm(signedIn: SignedInHeader): Html {
  return html`<div class="portal-user">
          <p class="user"><span class="sr-only">Logget ind som </span>${signedIn.name ?? signedIn.subject}</p>
          <form method="post" action="/log-ud" class="sign-out">
            ${formToken(signedIn)}
            <button type="submit" class="function-link log-off">Log ud</button>
          </form>
        </div>`;
}

/**
 * Every page's frame with Det Fælles Designsystem: a link past the header to the content,
 * the solution's header (with who is signed in and a sign-out button), the main menu after
 * sign-in, the content and a footer with the accessibility statement. The frame has no
 * script (the upload page alone adds one, which only enhances it): every task is links and forms.
 */
export function renderPage(frame: PageFrame): string {
  const signedIn = frame.signedIn ?? null;
  return html`<!doctype html>
<html lang="da">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${frame.title} - SSP Randers</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="${STYLESHEET}">
  <link rel="stylesheet" href="/static/web.css">
</head>
<body>
  <a class="skipnav" href="#main-content">Gå til sidens indhold</a>
  <header class="header">
    <div class="portal-info">
      <div class="portal-info-inner container">
        <a href="/" class="portal-name">Randers Kommune</a>
        ${signedIn ? signOutForm(signedIn) : ''}
      </div>
    </div>
    <div class="solution-info">
      <div class="solution-info-inner container">
        <div class="solution-heading"><a href="/">SSP-samarbejdet i Randers Kommune</a></div>
      </div>
    </div>
    ${signedIn ? menu(signedIn, frame.current) : ''}
  </header>
  <div class="container page-container">
    <main id="main-content" class="content">
${frame.main}
    </main>
  </div>
  <footer>
    <div class="footer">
      <div class="container">
        <ul class="footer-links">
          <li><a href="/tilgaengelighed">Tilgængelighedserklæring</a></li>
        </ul>
      </div>
    </div>
  </footer>
</body>
</html>
`.markup;
}
