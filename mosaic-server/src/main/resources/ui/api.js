// The Mosaic HTTP API as the UI uses it: one session id kept in localStorage, sent as X-Session-ID and adopted from
// every response, and every failure turned into a sentence a person can act on (never a raw body or stack).

const SESSION_KEY = "mosaic.session";
const ID = /^[0-9a-f]{32}$/;

export function sessionId() {
  const id = localStorage.getItem(SESSION_KEY);
  return id && ID.test(id) ? id : null;
}

export function forgetSession() {
  localStorage.removeItem(SESSION_KEY);
}

function adopt(body, response) {
  const id = (body && typeof body.session_id === "string" ? body.session_id : null)
    || response.headers.get("X-Session-ID");
  if (id && ID.test(id)) {
    localStorage.setItem(SESSION_KEY, id);
  }
}

/** A failure with a message for people and the API's error code (or "unreachable"). */
export class ApiError extends Error {
  constructor(message, code, status) {
    super(message);
    this.code = code;
    this.status = status;
  }
}

const MESSAGES = {
  session_not_found: "Your session has expired or was deleted. Send a message to the coach to start a new one.",
  metrics_not_found: "There are no metrics yet: send the coach a first message.",
  session_busy: "Several messages arrived at once; send yours again.",
  metrics_not_ready: "Tell the coach a little about yourself, or upload a resume, before looking for opportunities.",
  job_match_not_found: "That opportunity is no longer in your list; find opportunities again.",
  filename_required: "Choose a file to upload first.",
  file_too_large: "That file is too large to upload.",
  unsupported_file_type: "That file type is not supported: upload a PDF, DOCX, TXT or MD file.",
  unreadable_document: "The file could not be read; it may be damaged, password-protected or empty.",
  document_too_long: "That document has more text than a resume can have (100,000 characters).",
  payload_too_large: "That text is too long to send.",
  json_too_large: "That text is too long to send.",
  invalid_json: "The request could not be understood by the server.",
  unsupported_media_type: "The request could not be understood by the server.",
  overloaded: "The server is busy right now. Please try again in a moment.",
  quota_exceeded: "This session has reached its storage limit, so this was not saved. Everything already saved still works; \"Delete my data\" starts afresh.",
  insufficient_storage: "The server has no room to save anything right now. Please try again later; nothing you sent was stored.",
  store_unavailable: "The server cannot reach its storage right now. Please try again in a moment.",
  request_timeout: "The upload was too slow to arrive. Please check your connection and try again.",
  invalid_body: "The request arrived incomplete. Please try again.",
  internal_error: "Something went wrong on the server. Please try again.",
};

function explain(status, body, response) {
  const code = body && typeof body.detail === "string" ? body.detail : "http_" + status;
  if (status === 429) {
    const wait = Number.parseInt(response.headers.get("Retry-After") || "", 10);
    const when = Number.isFinite(wait) ? `in ${wait} second${wait === 1 ? "" : "s"}` : "in a moment";
    return new ApiError(`Too many requests. Please try again ${when}.`, code, status);
  }
  if (code === "validation_failed" && body && Array.isArray(body.errors) && body.errors.length > 0) {
    const first = body.errors[0];
    return new ApiError(`Please check ${first.field}: ${first.message}.`, code, status);
  }
  const known = MESSAGES[code];
  if (known) {
    return new ApiError(known, code, status);
  }
  if (status >= 500) {
    return new ApiError(`The server could not answer (error ${status}). Please try again.`, code, status);
  }
  return new ApiError(`The request was refused (error ${status}).`, code, status);
}

/**
 * Calls the API. `body` may be a plain object (sent as JSON) or FormData (sent as multipart).
 * Resolves to the parsed JSON body; rejects with an ApiError.
 */
export async function call(method, path, body) {
  const headers = { Accept: "application/json" };
  const id = sessionId();
  if (id) {
    headers["X-Session-ID"] = id;
  }
  let payload;
  if (body instanceof FormData) {
    payload = body;
  } else if (body !== undefined) {
    headers["Content-Type"] = "application/json";
    payload = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, { method, headers, body: payload, credentials: "same-origin" });
  } catch (unreachable) {
    throw new ApiError("Cannot reach the Mosaic server. Check your connection and try again.", "unreachable", 0);
  }
  let parsed = null;
  const type = response.headers.get("Content-Type") || "";
  if (type.includes("json")) {
    try {
      parsed = await response.json();
    } catch (notJson) {
      parsed = null;
    }
  }
  if (!response.ok) {
    if (parsed && parsed.detail === "session_not_found") {
      forgetSession();
    }
    throw explain(response.status, parsed, response);
  }
  if (parsed === null) {
    throw new ApiError("The server answered with something that is not Mosaic's API. Is this the right address?",
      "not_mosaic", response.status);
  }
  adopt(parsed, response);
  return parsed;
}
