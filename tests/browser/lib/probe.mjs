// Measurements taken inside the page. One self-contained function, because page.evaluate sends
// only the function's own text to the browser.

// kind: "focus" (the focused element: what it is, whether it is hidden, its look), "look" (the look
// of element number `arg`), "resting" (the look of every focusable element), "overflow" (what sticks
// out sideways), "clipped" (text that is cut off), "fontSize" (the body's font size in px).
export function probe({ kind, arg }) {
  const all = () => document.getElementsByTagName("*");
  const indexOf = (el) => Array.prototype.indexOf.call(all(), el);

  function describe(el) {
    if (!el || el === document.body) return "body";
    let text = (el.getAttribute("aria-label") || el.innerText || el.value || "").trim().replace(/\s+/g, " ");
    if (text.length > 50) text = text.slice(0, 47) + "...";
    const id = el.id ? `#${el.id}` : "";
    const cls = typeof el.className === "string" && el.className ? "." + el.className.trim().split(/\s+/).join(".") : "";
    return `${el.tagName.toLowerCase()}${id}${cls}${text ? ` "${text}"` : ""}`;
  }

  function look(el) {
    const s = getComputedStyle(el);
    return {
      outlineStyle: s.outlineStyle,
      outlineWidth: s.outlineWidth,
      outlineColor: s.outlineColor,
      outlineOffset: s.outlineOffset,
      boxShadow: s.boxShadow,
      backgroundColor: s.backgroundColor,
      color: s.color,
      borderColor: [s.borderTopColor, s.borderRightColor, s.borderBottomColor, s.borderLeftColor].join(" "),
      borderWidth: [s.borderTopWidth, s.borderRightWidth, s.borderBottomWidth, s.borderLeftWidth].join(" "),
      textDecoration: `${s.textDecorationLine} ${s.textDecorationThickness}`,
    };
  }

  // Why a sighted keyboard user could not see `el`, or null when they can.
  function hiddenReason(el) {
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) {
      return "not rendered (display, visibility or opacity)";
    }
    const rect = el.getBoundingClientRect();
    if (rect.width < 2 || rect.height < 2) return `only ${rect.width}x${rect.height} px`;
    if (rect.bottom <= 0 || rect.right <= 0 || rect.top >= innerHeight || rect.left >= innerWidth) {
      return `outside the viewport at ${Math.round(rect.left)},${Math.round(rect.top)}`;
    }
    for (let up = el; up; up = up.parentElement) {
      if (up.getAttribute("aria-hidden") === "true") return "inside aria-hidden";
      if (up.inert) return "inside an inert part";
      if (up !== el && up !== document.documentElement && up !== document.body) {
        const s = getComputedStyle(up);
        if (s.overflowX !== "visible" || s.overflowY !== "visible" || s.clipPath !== "none") {
          const box = up.getBoundingClientRect();
          const w = Math.min(rect.right, box.right) - Math.max(rect.left, box.left);
          const h = Math.min(rect.bottom, box.bottom) - Math.max(rect.top, box.top);
          if (w < 2 || h < 2 || (s.clipPath !== "none" && (box.width < 2 || box.height < 2))) {
            return `clipped away by ${describe(up)}`;
          }
        }
      }
    }
    const x = Math.min(Math.max((rect.left + rect.right) / 2, 0), innerWidth - 1);
    const y = Math.min(Math.max((rect.top + rect.bottom) / 2, 0), innerHeight - 1);
    const hit = document.elementFromPoint(x, y);
    if (hit && hit !== el && !el.contains(hit) && !hit.contains(el)) return `covered by ${describe(hit)}`;
    return null;
  }

  function visible(el) {
    return el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  }

  function ownText(el) {
    for (const node of el.childNodes) {
      if (node.nodeType === Node.TEXT_NODE && node.textContent.trim()) return true;
    }
    return false;
  }

  // A media element with controls is one stop for us, though Tab walks through its own buttons inside.
  const FOCUSABLE = "a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex], audio[controls], video[controls]";

  switch (kind) {
    case "focus": {
      const el = document.activeElement;
      if (!el || el === document.body || el === document.documentElement) return { none: true };
      return { index: indexOf(el), what: describe(el), hidden: hiddenReason(el), look: look(el) };
    }
    case "look":
      return look(all()[arg]);
    case "resting": {
      const looks = {};
      for (const el of document.querySelectorAll(FOCUSABLE)) looks[indexOf(el)] = look(el);
      return { looks, active: document.activeElement === document.body ? -1 : indexOf(document.activeElement) };
    }
    case "overflow": {
      const width = document.documentElement.clientWidth;
      const culprits = [];
      for (const el of document.body.querySelectorAll("*")) {
        if (!visible(el)) continue;
        const rect = el.getBoundingClientRect();
        const parent = el.parentElement.getBoundingClientRect();
        if (rect.right + scrollX > width + 0.5 && parent.right + scrollX <= width + 0.5 && rect.width > 1) {
          culprits.push(`${describe(el)} reaches ${Math.round(rect.right + scrollX)} px`);
        }
      }
      return { scrollWidth: document.documentElement.scrollWidth, width, culprits: culprits.slice(0, 10) };
    }
    case "clipped": {
      const problems = [];
      for (const el of document.body.querySelectorAll("*")) {
        if (!visible(el)) continue;
        const rect = el.getBoundingClientRect();
        // The visually hidden pattern (1 px, clipped): text meant for screen readers only.
        if (rect.width <= 1 || rect.height <= 1) continue;
        const s = getComputedStyle(el);
        const tag = el.tagName.toLowerCase();
        const hasText = (el.innerText || "").trim() !== "" || (tag === "input" && el.value !== "");
        if (!hasText) continue;
        // A text field shows its value in a box of its own that never grows.
        const field = tag === "input" && ["text", "tel", "email", "search", "url", "number"].includes(el.type);
        const clipsX = ["hidden", "clip"].includes(s.overflowX) || field;
        const clipsY = ["hidden", "clip"].includes(s.overflowY) || field;
        if (clipsX && el.scrollWidth > el.clientWidth + 1) {
          problems.push(`${describe(el)} cuts off its text sideways (${el.scrollWidth} > ${el.clientWidth} px)`);
        } else if (clipsY && el.scrollHeight > el.clientHeight + 1) {
          problems.push(`${describe(el)} cuts off its text at the bottom (${el.scrollHeight} > ${el.clientHeight} px)`);
        }
        if (ownText(el)) {
          const left = rect.left + scrollX;
          const top = rect.top + scrollY;
          if ((left < -1 && rect.right + scrollX > 0) || (top < -1 && rect.bottom + scrollY > 0)) {
            problems.push(`${describe(el)} starts outside the page at ${Math.round(left)},${Math.round(top)} px`);
          }
        }
      }
      return problems;
    }
    case "fontSize":
      return parseFloat(getComputedStyle(document.body).fontSize);
    default:
      throw new Error(`unknown probe ${kind}`);
  }
}

function alpha(colour) {
  const match = colour.match(/rgba?\(([^)]+)\)/);
  if (!match) return 1;
  const parts = match[1].split(/[ ,/]+/).filter(Boolean);
  return parts.length === 4 ? parseFloat(parts[3]) : 1;
}

function outlineShows(look) {
  return look.outlineStyle !== "none" && parseFloat(look.outlineWidth) >= 1 && alpha(look.outlineColor) > 0;
}

function shadowShows(look) {
  return look.boxShadow !== "none" && !/^(rgba\(0, 0, 0, 0\)[^,]*,?\s*)+$/.test(look.boxShadow);
}

// Whether the focused look differs visibly from the resting look: an outline that appears or
// changes, a box shadow that appears or changes, or a change of background or border. A change of
// text colour or underline alone does not count: it is too easy to miss.
export function focusIndicator(focused, resting) {
  const reasons = [];
  if (outlineShows(focused) &&
      (!outlineShows(resting) || focused.outlineColor !== resting.outlineColor || focused.outlineWidth !== resting.outlineWidth)) {
    reasons.push(`outline ${focused.outlineWidth} ${focused.outlineStyle} ${focused.outlineColor}`);
  }
  if (shadowShows(focused) && focused.boxShadow !== resting.boxShadow) reasons.push(`box-shadow ${focused.boxShadow}`);
  if (focused.backgroundColor !== resting.backgroundColor) {
    reasons.push(`background ${resting.backgroundColor} -> ${focused.backgroundColor}`);
  }
  if (focused.borderColor !== resting.borderColor || focused.borderWidth !== resting.borderWidth) {
    reasons.push(`border ${resting.borderColor} ${resting.borderWidth} -> ${focused.borderColor} ${focused.borderWidth}`);
  }
  return reasons;
}
