/**
 * The largest directory file read. The demo directory (25 people) is 30 KB; 5 MB holds thousands of
 * people, and a larger file is refused before it is read (a 50 MB file cost 2 GB while parsing).
 * The same limit holds for an Excel workbook (the demo directory is 30 KB as .xlsx too).
 */
export const MAX_DIRECTORY_BYTES = 5 * 1024 * 1024;
