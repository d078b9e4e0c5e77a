// The session calls the side panel and the admin page share: who is signed in, signing in with the form's
// #user and #password (its reason shown in #sign-in-error), and signing out.
"use strict";
window.EligibilitySession = {
  async me() {
    const response = await fetch("/auth/me", { credentials: "same-origin" });
    return response.ok ? response.json() : null;
  },

  // True when signed in; otherwise the form shows why not.
  async signIn(event) {
    event.preventDefault();
    const $ = (id) => document.getElementById(id);
    $("sign-in-error").textContent = "";
    const response = await fetch("/auth/sign-in", {
      method: "POST", credentials: "same-origin", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ name: $("user").value, password: $("password").value }),
    });
    if (response.ok) return true;
    const problem = await response.json().catch(() => ({}));
    $("sign-in-error").textContent = problem.detail || "Sign-in failed.";
    return false;
  },

  async signOut() {
    await fetch("/auth/sign-out", { method: "POST", credentials: "same-origin", headers: { "X-Requested-With": "panel" } }).catch(() => {});
    document.getElementById("password").value = "";
  },
};
