// npm scripts run on the `node` devDependency (node@24), the runtime action.yml declares.
const major = Number(process.versions.node.split('.')[0])
if (major < 24) {
  console.error(
    `Tests must run on Node 24 (action.yml says node24); this is Node ${process.versions.node}. Run them through npm, which puts node_modules/.bin/node (node@24) first on the PATH.`,
  )
  process.exit(1)
}
console.log(`Node ${process.versions.node}`)
