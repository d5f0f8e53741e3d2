// The provider's pages, in Danish with Det Fælles Designsystem, without any script.

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const text = (value) => String(value ?? '').replace(/[&<>"']/g, (character) => ENTITIES[character]);

function page(title, main) {
  return `<!doctype html>
<html lang="da">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${text(title)} - Log ind (lokal udvikling)</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/static/dkfds/css/dkfds.min.css">
</head>
<body>
  <a class="skipnav" href="#main-content">Gå til sidens indhold</a>
  <header class="header">
    <div class="solution-info"><div class="solution-info-inner container"><p class="solution-heading">Log ind: lokal udvikling og test</p></div></div>
  </header>
  <div class="container page-container">
    <main id="main-content" class="content">
${main}
    </main>
  </div>
</body>
</html>
`;
}

function personChoice(person) {
  const id = `person-${person.subject}`;
  return `<div class="form-group-radio">
        <input type="radio" class="form-radio" id="${text(id)}" name="subject" value="${text(person.subject)}">
        <label class="form-label" for="${text(id)}">${text(person.name)}<span class="form-hint">${text(person.title)}</span></label>
      </div>`;
}

/** The sign-in page: the demo people to choose from; `problem` when the last try chose none. */
export function signInPage({ uid, clientName, people, problem }) {
  const error = problem ? `<span class="form-error-message" id="subject-error"><span class="sr-only">Fejl: </span>${text(problem)}</span>` : '';
  return page(
    'Vælg, hvem du logger ind som',
    `<h1>Log ind på ${text(clientName)}</h1>
      <p class="font-lead">Dette er den lokale log-ind-tjeneste til udvikling og test. Her vælger du en demo-person i stedet for at bruge MitID eller kommunens log-ind.</p>
      <form method="post" action="/interaction/${text(uid)}/login">
        <div class="form-group${problem ? ' form-error' : ''}">
          <fieldset${problem ? ' aria-describedby="subject-error"' : ''}>
            <legend class="form-label">Vælg en demo-person</legend>
            ${error}
            ${[...people.values()].map((person) => personChoice(person)).join('\n            ')}
          </fieldset>
        </div>
        <button type="submit" class="button button-primary">Log ind</button>
      </form>
      <form method="post" action="/interaction/${text(uid)}/abort">
        <button type="submit" class="button button-secondary">Afbryd log-ind</button>
      </form>`,
  );
}

/** Asked when the web app signs out: also end the sign-in here? `form` is the provider's own form (with its token). */
export function signOutPage(form, clientName) {
  return page(
    'Log ud',
    `<h1>Log ud</h1>
      <p>Du er logget ud af ${text(clientName ?? 'løsningen')}. Vil du også logge ud af log-ind-tjenesten, så du skal vælge person igen næste gang?</p>
      ${form}
      <button type="submit" form="op.logoutForm" name="logout" value="yes" class="button button-primary">Ja, log ud her også</button>
      <button type="submit" form="op.logoutForm" class="button button-secondary">Nej, bliv logget ind her</button>`,
  );
}

export function signedOutPage() {
  return page('Du er logget ud', '<h1>Du er logget ud</h1><p>Du er logget ud af log-ind-tjenesten.</p>');
}

/** Whatever the provider refuses (an unknown client, a wrong redirect address, an expired sign-in). */
export function errorPage(out) {
  return page(
    'Log-ind mislykkedes',
    `<h1>Log-ind mislykkedes</h1>
      <p>Log-ind-tjenesten kunne ikke gennemføre log-ind. Gå tilbage til løsningen, og prøv igen.</p>
      <p class="small-text">Kode: <code>${text(out.error)}</code></p>`,
  );
}
