// Picks the writer's language and fills message templates.

import type { Locale, Message } from './types';

export function formatMessage(message: Message, locale: Locale, data: Record<string, string | number> = {}): string {
  const template = locale === 'zh-cn' ? message.zh : message.en;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

/** Maps a VS Code or POSIX locale (zh-cn, zh_CN.UTF-8, zh-tw, en-US) to a message language. */
export function resolveLocale(value: string | undefined, fallback: Locale = 'en'): Locale {
  if (!value) return fallback;
  const v = value.toLowerCase();
  if (v === 'auto') return fallback;
  return v.startsWith('zh') ? 'zh-cn' : v.startsWith('en') ? 'en' : fallback;
}
