// A small SVG line chart of clarity, action and momentum over a session's turns, drawn with DOM calls only (no
// inline styles or markup strings, so the page's Content-Security-Policy holds).

const SVG = "http://www.w3.org/2000/svg";
export const METRICS = ["clarity", "action", "momentum"];

function node(name, attributes, parent) {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) {
    element.setAttribute(key, String(value));
  }
  if (parent) {
    parent.appendChild(element);
  }
  return element;
}

/** Draws `points` (oldest first, each {clarity, action, momentum} in 0..100) into `container`. */
export function drawTrend(container, points) {
  container.replaceChildren();
  const width = 480;
  const height = 180;
  const left = 28;
  const right = 10;
  const top = 10;
  const bottom = 22;
  const svg = node("svg", {
    viewBox: `0 0 ${width} ${height}`, role: "img",
    "aria-label": "Clarity, action and momentum over this session's messages",
  }, container);
  const x = (i) => left + (points.length < 2 ? (width - left - right) / 2
    : (i * (width - left - right)) / (points.length - 1));
  const y = (value) => top + ((100 - value) * (height - top - bottom)) / 100;
  for (const value of [0, 50, 100]) {
    node("line", { class: "axis", x1: left, x2: width - right, y1: y(value), y2: y(value) }, svg);
    node("text", { class: "tick", x: 2, y: y(value) + 3 }, svg).textContent = String(value);
  }
  node("text", { class: "tick", x: left, y: height - 6 }, svg).textContent = "first message";
  node("text", { class: "tick", x: width - right - 60, y: height - 6 }, svg).textContent = "latest";
  for (const metric of METRICS) {
    const coordinates = points.map((point, i) => `${x(i).toFixed(1)},${y(point[metric]).toFixed(1)}`);
    if (points.length > 1) {
      node("polyline", { class: `line ${metric}`, points: coordinates.join(" ") }, svg);
    }
    points.forEach((point, i) => {
      const dot = node("circle", { class: `dot ${metric}`, cx: x(i), cy: y(point[metric]), r: 3 }, svg);
      node("title", {}, dot).textContent = `${metric} ${point[metric]}`;
    });
  }
  return svg;
}
