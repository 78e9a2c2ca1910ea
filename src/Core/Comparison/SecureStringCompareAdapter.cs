using System;
using System.Runtime.InteropServices;
using System.Security;
using System.Security.Cryptography;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// Presents a <see cref="SecureString"/> by what it holds, not by its fields (the address of its encrypted buffer
    /// differs between any two instances): its length, whether it is read-only, and a keyed hash of its characters.
    /// The characters are decrypted into unmanaged memory, copied into a pinned buffer only for hashing, and both are
    /// zeroed at once; the hash key is random for each process, so the fingerprint says nothing outside it.
    /// </summary>
    internal sealed class SecureStringCompareAdapter : DeepCompareAdapter
    {
        private static readonly byte[] Key = NewKey();

        public override bool CanHandle(Type type) => type == typeof(SecureString);

        public override void Describe(object value, DeepCompareView view)
        {
            var secret = (SecureString)value;
            int length;
            try
            {
                length = secret.Length;
            }
            catch (ObjectDisposedException)
            {
                view.AddMember("Disposed", true);
                return;
            }

            view.AddMember(nameof(SecureString.Length), length);
            view.AddMember("ReadOnly", secret.IsReadOnly());
            view.AddMember("Fingerprint", Fingerprint(secret, length));
        }

        private static string Fingerprint(SecureString secret, int length)
        {
            var plain = IntPtr.Zero;
            var bytes = new byte[length * 2];
            var pin = GCHandle.Alloc(bytes, GCHandleType.Pinned);
            try
            {
                plain = Marshal.SecureStringToGlobalAllocUnicode(secret);
                Marshal.Copy(plain, bytes, 0, bytes.Length);
                using (var hmac = new HMACSHA256(Key))
                {
                    return Convert.ToBase64String(hmac.ComputeHash(bytes));
                }
            }
            finally
            {
                Array.Clear(bytes, 0, bytes.Length);
                pin.Free();
                if (plain != IntPtr.Zero)
                {
                    Marshal.ZeroFreeGlobalAllocUnicode(plain);
                }
            }
        }

        private static byte[] NewKey()
        {
            var key = new byte[32];
            using (var random = RandomNumberGenerator.Create())
            {
                random.GetBytes(key);
            }

            return key;
        }
    }
}
