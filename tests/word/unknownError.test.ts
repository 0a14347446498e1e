import { toWordError } from "../../src/word/errors";
import { HostError } from "../../src/host/errors";

describe("an error Word's catalogue does not know", () => {
  it("reaches the writer as a Chinese sentence that keeps Word's own code and words for IT staff", () => {
    const error = toWordError(Object.assign(new Error("The service is busy."), { code: "ServiceBusy42" }));
    expect(error).toBeInstanceOf(HostError);
    expect(error.code).toBe("ServiceBusy42");
    expect(error.message).toBe("与 Word 通信时出错，请稍后重试。若反复出现，请把这条信息告诉信息化管理人员：错误代码 ServiceBusy42，The service is busy.");
  });

  it("names a thrown value without a code as Unknown", () => {
    expect(toWordError("boom").message).toContain("错误代码 Unknown，boom");
  });
});
