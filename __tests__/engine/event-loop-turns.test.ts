import assert from 'node:assert/strict'
import { it } from 'node:test'
import { MessageChannel } from 'node:worker_threads'
import { EventLoopTurns } from '../../src/engine/event-loop-turns.js'

it('EventLoopTurns: one waiter per turn, with the messages that arrived meanwhile taken in between', async () => {
  const turns = new EventLoopTurns()
  const { port1, port2 } = new MessageChannel()
  const log: string[] = []
  port2.on('message', (m: number) => log.push(`message ${m}`))
  // Each waiter posts a message when it goes on (as a worker's reply would arrive): the loop must
  // take it before the next waiter goes on. Released all in one turn, the waiters would come first.
  await Promise.all(
    [1, 2, 3].map(async (i) => {
      await turns.next()
      log.push(`waiter ${i}`)
      port1.postMessage(i)
    }),
  )
  await new Promise((resolve) => setTimeout(resolve, 50))
  port2.close()
  assert.deepEqual(log, ['waiter 1', 'message 1', 'waiter 2', 'message 2', 'waiter 3', 'message 3'])
})
