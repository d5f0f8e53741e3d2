import { messageNotification } from './message-notification';

describe('the notification of a message', () => {
  it('names the sender and the body and links to the message, without its text', () => {
    const notification = messageNotification({ id: 'm-1', bodyId: 'netvaerk-randers-nv' }, 'Netværksgruppe Randers NV', 'Anna Andersen');
    expect(notification).toEqual({
      kind: 'message',
      subject: 'Ny besked i Netværksgruppe Randers NV',
      text: 'Anna Andersen har skrevet en besked til Netværksgruppe Randers NV.',
      link: '/netvaerksgrupper/netvaerk-randers-nv/beskeder',
      bodyId: 'netvaerk-randers-nv',
    });
  });
});
