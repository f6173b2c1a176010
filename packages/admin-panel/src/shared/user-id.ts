const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Whether a text is a user id (a UUID), as pasted into a person field or read from an address. */
export const isUserId = (value: string) => UUID.test(value)
