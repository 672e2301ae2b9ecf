/** A model parameter's value, as `defaultParams` declares it and the page's sliders and share links carry it. */
export type ParamValue = number | string | boolean;
export type Params = Record<string, ParamValue>;
