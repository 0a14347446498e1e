/** The Word gateway inserts the content library's blocks as they are. */
import type { InsertBlock } from "../../src/host/port";
import { BLOCK_ROLES, type ContentBlock } from "../../src/core/content/types";

describe("ContentBlockRole", () => {
  it("lists nine roles, and a ContentBlock is an InsertBlock", () => {
    const block: ContentBlock = { role: "heading1", text: "主要工作及成效" };
    const insert: InsertBlock = block;
    expect(insert.role).toBe("heading1");
    expect(new Set(BLOCK_ROLES).size).toBe(9);
    const recipient: InsertBlock = { role: "recipient", text: "XX市委办公室：" } satisfies ContentBlock;
    expect(BLOCK_ROLES).toContain(recipient.role);
  });
});
