// The programs tools/deploy/manifests.spec.ts runs on the k8s/ manifests, from Debian's
// archive when missing: kubectl (its bundled kustomize builds k8s/) and promtool (Debian's
// prometheus package) for the alert rules.
import { ensureDebianPackage } from './debian-packages.mjs';

export function ensureDeployTools() {
  ensureDebianPackage('/usr/bin/kubectl', 'kubectl', 'to build the k8s/ manifests');
  ensureDebianPackage('/usr/bin/promtool', 'prometheus', "for promtool, which checks k8s/monitoring's alerts");
}
