using System.Net;
using System.Net.Sockets;

namespace SharpStack.Testing.Clouds;

/// <summary>A loopback TCP port that nothing listens on at the time of asking.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
