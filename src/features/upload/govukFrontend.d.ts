// The part of govuk-frontend's JavaScript the app drives: its file upload component (the package ships no types).
declare module 'govuk-frontend' {
  export interface FileUploadTranslations {
    chooseFilesButton?: string;
    dropInstruction?: string;
    noFileChosen?: string;
    multipleFilesChosen?: { one: string; other: string };
    enteredDropZone?: string;
    leftDropZone?: string;
  }
  /** Turns `.govuk-file-upload-wrapper` around a file input into GOV.UK's drop zone button. */
  export class FileUpload {
    constructor(root: Element, config?: { i18n?: FileUploadTranslations });
    /** Throws unless the page's body says GOV.UK's JavaScript is supported. */
    static checkSupport(): void;
  }
}
