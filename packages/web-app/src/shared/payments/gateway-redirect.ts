/** Leaves the app for the payment gateway's page; its own module so tests can stand in for it. */
export function redirectToGateway(url: string): void {
  window.location.assign(url)
}
