/** The content roles must stay the same union as the Word gateway's BlockRole (core may not import src/word). */
import type { BlockRole, InsertBlock } from "../../src/word/gateway";
import { BLOCK_ROLES, type ContentBlock, type ContentBlockRole } from "../../src/core/content/types";

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const rolesMatch: Same<ContentBlockRole, BlockRole> = true;

describe("ContentBlockRole", () => {
  it("is BlockRole, and a ContentBlock is an InsertBlock", () => {
    const block: ContentBlock = { role: "heading1", text: "主要工作及成效" };
    const insert: InsertBlock = block;
    expect(rolesMatch).toBe(true);
    expect(insert.role).toBe("heading1");
    expect(new Set(BLOCK_ROLES).size).toBe(9);
    const recipient: InsertBlock = { role: "recipient", text: "XX市委办公室：" } satisfies ContentBlock;
    expect(BLOCK_ROLES).toContain(recipient.role);
  });
});
