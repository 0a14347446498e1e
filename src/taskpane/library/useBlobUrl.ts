import { useEffect, useState } from "react";

/** An object URL for the text, revoked when the text changes or the component goes away. */
export function useBlobUrl(text: string): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (typeof URL.createObjectURL !== "function") return;
    const next = URL.createObjectURL(new Blob([text], { type: "application/json;charset=utf-8" }));
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [text]);
  return url;
}
