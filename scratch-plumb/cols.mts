import { yaml } from '/work/wt-plumb/__tests__/support/rule-tester.js'
const t = yaml`
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: web
      namespace: shop
      labels: {team: a}
    spec:
      replicas: 3
      template:
        metadata:
          labels:
            app: web
          annotations:
            pre.hook.backup.velero.io/container: app
            prometheus.io/scrape: "true"
        spec:
          initContainers:
            - name: sidecar
              image: envoy
              restartPolicy: Always
          containers:
            - name: app
              image: nginx
`
console.log(t.split('\n').map((l, i) => `${i + 1}|${l}`).slice(19, 23).join('\n'))
