// The list and labels are pure data in @simasn/domain (the web app's Renstra form offers them too).
export { SUMBER_OTOMATIS, LABEL_SUMBER_OTOMATIS, type SumberOtomatis } from '@simasn/domain';
