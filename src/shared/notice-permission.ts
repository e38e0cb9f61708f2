// The optional permission behind change notices: granting it from Options is turning notices on.
export const NOTIFICATIONS_PERMISSION: { permissions: ['notifications'] } = { permissions: ['notifications'] };
