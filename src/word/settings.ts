/** Per-document storage through Office.context.document.settings (every Word version; saved inside the file). */
import { HostError } from "../host/errors";
import type { WordHost } from "./host";
import { WORD_MESSAGES } from "./messages";

export function readDocumentSetting(host: WordHost, key: string): string | undefined {
  const value = host.settings.get(key);
  return typeof value === "string" ? value : undefined;
}

export function writeDocumentSetting(host: WordHost, key: string, value: string): Promise<void> {
  host.settings.set(key, value);
  return saveSettings(host);
}

export function removeDocumentSetting(host: WordHost, key: string): Promise<void> {
  host.settings.remove(key);
  return saveSettings(host);
}

function saveSettings(host: WordHost): Promise<void> {
  return new Promise((resolve, reject) => {
    host.settings.saveAsync((result) => {
      if (result.status === "failed") {
        reject(new HostError(WORD_MESSAGES.settingsSaveFailed(result.error?.message ?? "未知原因"), "SettingsSaveFailed"));
      } else {
        resolve();
      }
    });
  });
}
