/**
 * Viewers disagree on what `main` gets first: replicad's studio gives a default export the
 * parameters and every other `main` the replicad module, other viewers differ. Code written for
 * another rule fails far from the cause (`draw is not a function`). So main's first argument is
 * watched: names read from it that belong to the other argument (replicad's exports off the
 * parameters, or the parameters' names off replicad) explain the failure, if `main` fails.
 */
export interface FirstArgumentWatch {
  replicad: unknown;
  params: unknown;
  /** What to add to the message of a failure `main` threw with `message`, or null when its first argument was read as it is. */
  hint(message: string): string | null;
}

export function watchFirstArgument(first: "params" | "replicad", replicad: object, params: unknown): FirstArgumentWatch {
  const misread = new Set<string>();
  const watch = <T extends object>(target: T, belongsToTheOther: (key: string) => boolean): T =>
    new Proxy(target, {
      get(t, key, receiver) {
        if (typeof key === "string" && !(key in t) && belongsToTheOther(key)) misread.add(key);
        return Reflect.get(t, key, receiver);
      },
    });
  const paramNames = params && typeof params === "object" ? params : {};
  const names = () => [...misread].join(", ");
  if (first === "replicad") {
    return {
      replicad: watch(replicad, (key) => key in paramNames),
      params,
      hint: () =>
        misread.size === 0
          ? null
          : `; main's first argument is the replicad module here (main(replicad, params), as in replicad's studio), but the code reads ${names()} from it as parameters: take them from the second argument, main(r, { ${names()} })`,
    };
  }
  return {
    replicad,
    params: params && typeof params === "object" ? watch(params, (key) => key in replicad) : params,
    hint(message) {
      // With no parameters declared, a default export gets undefined, which no Proxy can stand for: the error names the key.
      const fromUndefined = params === undefined ? /(?:destructure property|reading) '(\w+)'/.exec(message)?.[1] : undefined;
      if (fromUndefined && fromUndefined in replicad) misread.add(fromUndefined);
      return misread.size === 0
        ? null
        : `; main's first argument is the parameters here (a default export is called as main(params), as in replicad's studio), but the code reads ${names()} from it as the replicad module: import ${misread.size > 1 ? "them" : "it"} from "replicad", or export main by name, export function main(replicad, params), to get replicad first`;
    },
  };
}
