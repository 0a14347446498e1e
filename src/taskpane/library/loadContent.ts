/**
 * The lazy loaders: the built-in JSON content and pinyin-pro each come in their own chunk, fetched from the add-in's
 * own origin the first time a library tab opens, so the first paint of the pane does not wait for them.
 */
import { loadPinyinInitials } from "../../core/content";
import type { KeyValueStore } from "../services";
import { createLibraryModel } from "./libraryModel";
import type { BuiltIn, LibraryLoaders, LibraryModel } from "./libraryModel";

export const browserLoaders: LibraryLoaders = {
  async content(): Promise<BuiltIn> {
    const module = await import(/* webpackChunkName: "content" */ "../../content");
    return { content: module.builtInContent(), ids: module.builtInIds() };
  },
  pinyin: loadPinyinInitials,
};

const models = new WeakMap<KeyValueStore, LibraryModel>();

/** One model per store, shared by both tabs. */
export function libraryModelFor(store: KeyValueStore): LibraryModel {
  let model = models.get(store);
  if (!model) {
    model = createLibraryModel(store, browserLoaders);
    models.set(store, model);
  }
  return model;
}
