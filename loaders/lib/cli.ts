import {DataError, DataErrors} from "./data-error.js";

/** Runs a command-line step; a data problem prints its file/row/column message and exits 1, without a stack. */
export function runCli(main: () => void | Promise<void>): void {
  Promise.resolve()
    .then(main)
    .catch((error: unknown) => {
      if (error instanceof DataError || error instanceof DataErrors) {
        console.error(`Data error, nothing written:\n${error.message}`);
      } else {
        console.error(error);
      }
      process.exitCode = 1;
    });
}
