/**
 * The inside of a regular-expression character class made from a set of characters, each written as \uXXXX so that
 * no character of the set (], ^, -, \) can change the class's meaning. For expressions built from tables of marks
 * (spaces, bracket and quote pairs, the first characters of placeholders): the table stays the one truth, and no
 * hand-written class can miss a mark. Without the u flag a class holds code units: a character outside the BMP would
 * add its two halves, so the tables hold BMP characters only.
 */
export function charClassBody(chars: Iterable<string>): string {
  let body = "";
  for (const ch of chars) {
    for (let i = 0; i < ch.length; i++) body += `\\u${ch.charCodeAt(i).toString(16).padStart(4, "0")}`;
  }
  return body;
}
