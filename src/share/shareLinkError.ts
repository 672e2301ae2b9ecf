/** Why a share link was refused; `message` names the field or stage and what is wrong with it. */
export class ShareLinkError extends Error {
  override name = "ShareLinkError";
}
