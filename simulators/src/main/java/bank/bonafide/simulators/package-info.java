/**
 * HTTP stand-ins for the carrier (CAMARA KYC Match, Number Verification, SIM Swap), the police
 * lost-document registry and the face vendor. Tests and the run command script their answers over
 * {@code /script/...}; the bank's own HTTP clients talk to them exactly as to the real services.
 */
package bank.bonafide.simulators;
