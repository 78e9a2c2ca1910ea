using System.Security;

namespace DeepCopy.Core.Handlers
{
    /// <summary>
    /// Copies a <see cref="SecureString"/> with its own <see cref="SecureString.Copy"/>: the secret stays encrypted
    /// and is never turned into a managed string. A read-only source gives a read-only copy.
    /// </summary>
    internal sealed class SecureStringHandler : BuiltInHandler<SecureString>
    {
        public override bool NeedsPopulate => false;

        protected override SecureString CreateShell(SecureString source, DeepCopyContext context)
        {
            var copy = source.Copy();
            if (source.IsReadOnly())
            {
                copy.MakeReadOnly();
            }

            return copy;
        }

        protected override void Populate(SecureString source, SecureString shell, DeepCopyContext context)
        {
        }
    }
}
