import { DownloadError, onDemand } from "../../src/host/onDemand";
import { HostError } from "../../src/host/errors";
import { describeError } from "../../src/taskpane/shared/errors";

describe("onDemand: code fetched on first use", () => {
  it("fetches once and keeps what arrived", async () => {
    const load = jest.fn(async () => ({ value: 42 }));
    const get = onDemand(load);
    expect(await get()).toEqual({ value: 42 });
    expect(await get()).toEqual({ value: 42 });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("a failed download says so in Chinese, keeps webpack's words for IT staff, and is fetched again next time", async () => {
    const load = jest
      .fn<Promise<string>, []>()
      .mockRejectedValueOnce(Object.assign(new Error("Loading chunk word-edits failed.\n(error: http://intranet/word-edits.js)"), { name: "ChunkLoadError" }))
      .mockResolvedValueOnce("edits");
    const get = onDemand(load);
    const failure = await get().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DownloadError);
    expect(failure).toBeInstanceOf(HostError);
    const shown = describeError(failure);
    expect(shown).toMatch(/^加载项的部分程序文件没有下载成功，这一步没有完成（文档没有改动）。请检查网络后重试/);
    expect(shown).toContain("Loading chunk word-edits failed.");
    expect(await get()).toBe("edits");
    expect(load).toHaveBeenCalledTimes(2);
  });
});
