// How the data we ship must be credited wherever it is shown.
export const OGL_ATTRIBUTION = 'Contains Ofsted data licensed under the Open Government Licence v3.0.';

export const OFSTED_PUBLICATION = 'Ofsted, Local authority inspection outcomes as at 31 March 2025 (official statistics)';

export const WALSALL_MINUTES = 'Walsall Council, minutes of the Children’s and Young People Scrutiny and Performance Panel, 21 August 2012, item 219/12';
