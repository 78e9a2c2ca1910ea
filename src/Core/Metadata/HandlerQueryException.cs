using System;
using DeepCopy.Core.Engine;
using System.Globalization;

namespace DeepCopy.Core.Metadata
{
    /// <summary>
    /// A registered handler's <see cref="DeepCopyHandler.CanHandle"/> threw while a plan was built. The copy turns it into
    /// a HandlerFailed <see cref="DeepCopyException"/> with the path of the value; where no path is known it still says
    /// which handler failed for which type, rather than leaking the handler's raw exception.
    /// </summary>
    internal sealed class HandlerQueryException : InvalidOperationException
    {
        public HandlerQueryException(DeepCopyHandler handler, Type type, Exception inner)
            : base(
                string.Format(
                    CultureInfo.InvariantCulture,
                    "the registered handler [{0}] failed when asked whether it copies [{1}]: {2}",
                    TypeNames.Readable(handler.GetType()),
                    TypeNames.Readable(type),
                    inner.Message),
                inner)
        {
            Handler = handler;
            QueriedType = type;
        }

        public DeepCopyHandler Handler { get; }

        public Type QueriedType { get; }
    }
}
