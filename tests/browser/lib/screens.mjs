// Every kiosk screen and error state, and how a resident (or a broken client) gets there in the browser.

// Runs `action` and waits for the page it navigates to; returns that page's response.
export async function arrive(page, action) {
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: "load" }), action()]);
  return response;
}

export function open(page, url) {
  return page.goto(url, { waitUntil: "load" });
}

function button(page, name) {
  return page.getByRole("button", { name, exact: true });
}

// Step 1 with the pointer: fills what is given and presses Verder.
export async function answerAddress(page, { postcode = "", huisnummer = "", toevoeging = "" }) {
  await page.fill("#postcode", postcode);
  await page.fill("#huisnummer", huisnummer);
  await page.fill("#toevoeging", toevoeging);
  return arrive(page, () => button(page, "Verder").click());
}

export async function answerReasons(page, { reasons = [], text = "" }) {
  for (const reason of reasons) await page.check(reason === "huis" ? "#zorg" : `#zorg-${reason}`);
  await page.fill("#toelichting", text);
  return arrive(page, () => button(page, "Verder").click());
}

export async function answerContact(page, { callBack = false, naam = "", telefoon = "", email = "" }) {
  await page.check(callBack ? "#contact-terugbellen" : "#contact");
  await page.fill("#naam", naam);
  await page.fill("#telefoon", telefoon);
  await page.fill("#email", email);
  return arrive(page, () => button(page, "Verder").click());
}

export function send(page) {
  return arrive(page, () => button(page, "Verstuur de melding").click());
}

// A post the screens' own forms cannot make (a field twice, a body over the limit, everything at
// once): built as a form in the page and submitted, so it is still the browser's own request.
export function postFromPage(page, action, pairs) {
  return arrive(page, () =>
    page.evaluate(
      ({ action, pairs }) => {
        const form = document.createElement("form");
        form.method = "post";
        form.action = action;
        for (const [name, value] of pairs) {
          const input = document.createElement("input");
          input.type = "hidden";
          input.name = name;
          input.value = value;
          form.append(input);
        }
        document.body.append(form);
        form.submit();
      },
      { action, pairs },
    ),
  );
}

export const ADDRESS = { postcode: "1012 AB", huisnummer: "12", toevoeging: "A" };
const REASONS = { reasons: ["huis", "gezegd"], text: "De gordijnen zijn al een week dicht.\nDe post ligt op de mat." };
const CALL_BACK = { callBack: true, naam: "Anna de Vries", telefoon: "06 12345678", email: "" };

async function toReasons(page, kiosk) {
  await open(page, kiosk.url + "melden");
  return answerAddress(page, ADDRESS);
}

async function toContact(page, kiosk) {
  await toReasons(page, kiosk);
  return answerReasons(page, REASONS);
}

// Reaching a screen by answering one step, after the earlier steps were answered well.
const afterAddress = (answers) => async (page, kiosk) => {
  await open(page, kiosk.url + "melden");
  return answerAddress(page, answers);
};
const afterReasons = (answers) => async (page, kiosk) => {
  await toReasons(page, kiosk);
  return answerReasons(page, answers);
};
const afterContact = (answers) => async (page, kiosk) => {
  await toContact(page, kiosk);
  return answerContact(page, answers);
};

// name: used for screenshots; kiosk: which running kiosk ("kiosk" or "publiek"); status: the HTTP
// status the screen must come with; heading: the h1; errors: the fields the error summary must name.
export const SCREENS = [
  { name: "start", kiosk: "kiosk", status: 200, heading: /Maakt u zich zorgen/, reach: (p, k) => open(p, k.url) },
  {
    name: "adres",
    kiosk: "kiosk",
    status: 200,
    heading: /Waar woont de persoon/,
    reach: async (p, k) => {
      await open(p, k.url);
      return arrive(p, () => p.getByRole("link", { name: "Begin met melden" }).click());
    },
  },
  {
    name: "adres-leeg",
    kiosk: "kiosk",
    status: 422,
    heading: /Waar woont de persoon/,
    errors: ["postcode", "huisnummer"],
    reach: afterAddress({}),
  },
  {
    name: "adres-ongeldig",
    kiosk: "kiosk",
    status: 422,
    heading: /Waar woont de persoon/,
    errors: ["postcode", "huisnummer", "toevoeging"],
    reach: afterAddress({ postcode: "12", huisnummer: "twaalf", toevoeging: "#!" }),
  },
  {
    name: "buiten-gebied",
    kiosk: "kiosk",
    status: 422,
    heading: /buiten ons gebied/,
    reach: afterAddress({ postcode: "9999 ZZ", huisnummer: "1" }),
  },
  { name: "zorg", kiosk: "kiosk", status: 200, heading: /Waar maakt u zich zorgen over/, reach: toReasons },
  {
    name: "zorg-leeg",
    kiosk: "kiosk",
    status: 422,
    heading: /Waar maakt u zich zorgen over/,
    errors: ["zorg"],
    reach: afterReasons({}),
  },
  { name: "contact", kiosk: "kiosk", status: 200, heading: /Wilt u uw naam geven/, reach: toContact },
  {
    name: "contact-leeg",
    kiosk: "kiosk",
    status: 422,
    heading: /Wilt u uw naam geven/,
    errors: ["naam", "telefoon"],
    reach: afterContact({ callBack: true }),
  },
  {
    name: "contact-ongeldig",
    kiosk: "kiosk",
    status: 422,
    heading: /Wilt u uw naam geven/,
    errors: ["telefoon", "email"],
    reach: afterContact({ callBack: true, naam: "Anna", telefoon: "bel me", email: "anna@" }),
  },
  {
    name: "controle",
    kiosk: "kiosk",
    status: 200,
    heading: /Klopt alles/,
    reach: afterContact(CALL_BACK),
  },
  {
    name: "bedankt",
    kiosk: "kiosk",
    status: 200,
    heading: /Dank u wel/,
    reach: async (p, k) => {
      await toContact(p, k);
      await answerContact(p, {});
      return send(p);
    },
  },
  {
    // A one-shot post with mistakes in every step: all questions on one page, with errors.
    name: "formulier-fouten",
    kiosk: "kiosk",
    status: 422,
    heading: /Meld uw zorgen/,
    errors: ["postcode", "zorg", "contact"],
    reach: async (p, k) => {
      await open(p, k.url);
      return postFromPage(p, "melding", [
        ["postcode", "abc"],
        ["huisnummer", "3"],
        ["contact", "misschien"],
      ]);
    },
  },
  {
    name: "niet-gevonden",
    kiosk: "kiosk",
    status: 404,
    heading: /Deze pagina bestaat niet/,
    reach: (p, k) => open(p, k.url + "bestaat-niet"),
  },
  {
    name: "dubbel-veld",
    kiosk: "kiosk",
    status: 400,
    heading: /Er ging iets mis/,
    reach: async (p, k) => {
      await open(p, k.url);
      return postFromPage(p, "melden", [
        ["postcode", "1012 AB"],
        ["postcode", "1013 AB"],
        ["stap", "adres"],
        ["actie", "verder"],
      ]);
    },
  },
  {
    name: "te-groot",
    kiosk: "kiosk",
    status: 413,
    heading: /Er ging iets mis/,
    reach: async (p, k) => {
      await open(p, k.url);
      return postFromPage(p, "melding", [["toelichting", "x".repeat(17 * 1024)]]);
    },
  },
  {
    // The idle warning over a half-filled step; the page's clock is fast-forwarded to just past the
    // warning, so this state takes no real waiting (the idle test waits for real).
    name: "nog-daar",
    kiosk: "kiosk",
    status: 200,
    heading: /Waar maakt u zich zorgen over/,
    domOnly: true,
    reach: async (p, k) => {
      await p.clock.install();
      const response = await toReasons(p, k);
      await p.clock.runFor((k.idleSeconds - Math.min(15, Math.floor(k.idleSeconds / 2)) + 1) * 1000);
      await p.locator("#nog-daar").waitFor({ state: "visible" });
      return response;
    },
  },
  {
    name: "online-formulier",
    kiosk: "publiek",
    status: 200,
    heading: /Wilt u iets melden/,
    reach: (p, k) => open(p, k.url + "melden"),
  },
  {
    name: "online-formulier-leeg",
    kiosk: "publiek",
    status: 422,
    heading: /Wilt u iets melden/,
    errors: ["postcode", "huisnummer", "zorg"],
    reach: async (p, k) => {
      await open(p, k.url + "melden");
      return send(p);
    },
  },
];

// Brings `page` to `screen` and checks it is that screen, so a later check never passes on the
// wrong page. Returns the navigation response.
export async function reach(page, screen, kiosks) {
  const kiosk = kiosks[screen.kiosk];
  const response = await screen.reach(page, kiosk);
  if (!response) throw new Error(`${screen.name}: no page was loaded`);
  if (response.status() !== screen.status) {
    throw new Error(`${screen.name}: status ${response.status()}, expected ${screen.status} (${response.url()})`);
  }
  const heading = await page.locator("h1").first().innerText();
  if (!screen.heading.test(heading)) throw new Error(`${screen.name}: h1 is "${heading}", expected ${screen.heading}`);
  return response;
}
