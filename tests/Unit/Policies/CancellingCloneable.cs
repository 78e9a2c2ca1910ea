using System;
using System.Threading;

namespace DeepCopy.Tests.Policies
{
    /// <summary>An <see cref="ICloneable"/> whose Clone counts itself and cancels the copy's token, as a slow Clone would be cancelled meanwhile.</summary>
    public sealed class CancellingCloneable : ICloneable
    {
        private readonly CancellationTokenSource _cancellation;
        private readonly int[] _clones;

        public CancellingCloneable(CancellationTokenSource cancellation, int[] clones)
        {
            _cancellation = cancellation;
            _clones = clones;
        }

        public object Clone()
        {
            _clones[0]++;
            _cancellation.Cancel();
            return new CancellingCloneable(_cancellation, _clones);
        }
    }
}
