import { useMemo } from "react";
import { Link } from "@fluentui/react-components";
import { ArrowDownloadRegular } from "@fluentui/react-icons";
import { exportPack } from "../../core/content";
import type { ContentSet, EntryRef } from "../../core/content";
import { useBlobUrl } from "./useBlobUrl";

export const EXPORT_FILE_NAME = "我的素材库.json";

/** A download of the own library as a pack, favourites included: what is in the pane, saved or not. */
export function ExportLink({ own, favourites, label, testId }: { own: ContentSet; favourites?: readonly EntryRef[]; label: string; testId?: string }) {
  const text = useMemo(() => exportPack(own, undefined, undefined, favourites), [own, favourites]);
  const url = useBlobUrl(text);
  if (!url) return null;
  return (
    <Link href={url} download={EXPORT_FILE_NAME} data-testid={testId}>
      <ArrowDownloadRegular /> {label}
    </Link>
  );
}
