/** A model parameter's value: a scalar of `defaultParams`, as the page's inputs and share links carry it (nested objects stay in the code). */
export type ParamValue = number | string | boolean;
export type Params = Record<string, ParamValue>;
