/**
 * The `gk_device` cookie: the browser's device token (app/identity/device-tokens.ts), sent only
 * to the sign-in form. HttpOnly and SameSite=Strict; it names nobody and grants nothing by itself.
 */
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { DEVICE_TOKEN_DAYS } from '../../app/identity/device-tokens.ts';
import type { AppEnv } from '../context.ts';

/** The cookie's name. */
export const DEVICE_COOKIE = 'gk_device';
const PATH = '/staff/login';

/** The device token the browser sent, if any. */
export const deviceCookieOf = (c: Context<AppEnv>): string | undefined => getCookie(c, DEVICE_COOKIE);

/** Stores the device token in the browser for DEVICE_TOKEN_DAYS. */
export function setDeviceCookie(c: Context<AppEnv>, token: string): void {
  setCookie(c, DEVICE_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Strict',
    path: PATH,
    maxAge: DEVICE_TOKEN_DAYS * 24 * 3600,
    secure: c.get('deps').env.secureCookies,
  });
}
